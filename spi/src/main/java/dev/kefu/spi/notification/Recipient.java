package dev.kefu.spi.notification;

import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Masking;
import java.util.Objects;

/**
 * Who a notification is for and where to reach them. The address is personal data and is masked
 * in {@link #toString()}.
 *
 * @param kind a customer or a member of staff
 * @param id the customer id or staff id
 * @param address where to send it
 */
public record Recipient(Kind kind, String id, ContactPoint address) {

  /** Whether the recipient is a customer or staff. */
  public enum Kind {
    /** A customer of the shop. */
    CUSTOMER,
    /** A member of customer-service staff. */
    STAFF
  }

  /**
   * Creates a recipient.
   *
   * @throws NullPointerException if an argument is null
   */
  public Recipient {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(address, "address");
  }

  @Override
  public String toString() {
    return "Recipient[" + kind + " " + Masking.mask(id) + " " + address + "]";
  }
}
