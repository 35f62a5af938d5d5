package dev.kefu.spi.event;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import java.time.Instant;

/**
 * An order was recorded on a customer's file (CU-1, CU-6).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param orderId the shop's order id
 * @param amount the order value in the shop currency
 * @param category the product category
 * @param placedAt when the customer placed the order; recorded later, perhaps much later (an
 *     import of past orders), so statistics by period count this time, not the event's
 */
public record OrderRecorded(EventMeta meta, CustomerId customer, String orderId, Money amount, String category, Instant placedAt)
    implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.order-recorded";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 2; // 2 added placedAt
  }
}
