package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.OrderId;
import java.time.Instant;

/**
 * kefu took in an order event from the host's backend (one per host event id).
 *
 * @param meta the event metadata
 * @param order the order
 * @param customer the customer
 * @param fact the fed event's kind, for example {@code "Placed"}
 * @param hostEventId the host's event id
 * @param factOccurredAt when it happened in the backend
 */
public record OrderFactRecorded(EventMeta meta, OrderId order, CustomerId customer, String fact, String hostEventId,
    Instant factOccurredAt) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "order.fact-recorded";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
