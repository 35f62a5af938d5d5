package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A customer's membership card was issued, renewed or removed (CU-4).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param validUntil the card's last valid day, empty if the card was removed
 */
public record MembershipChanged(EventMeta meta, CustomerId customer, Optional<LocalDate> validUntil) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.membership-changed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
