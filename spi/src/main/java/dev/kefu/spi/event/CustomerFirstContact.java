package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * The first contact a newly assigned owner owes a customer (CU-7) was made, or went overdue.
 *
 * @param meta the event metadata
 * @param type {@link #RECORDED_TYPE} or {@link #OVERDUE_TYPE}
 * @param customer the customer
 * @param owner the owner who owes the contact
 * @param at when the contact was made, or when it was due
 * @param source how it was made: {@code "command"} (recorded by hand), {@code "ticket"} (a contact
 *     on one of the customer's tickets), or {@code "none"} when overdue
 */
public record CustomerFirstContact(EventMeta meta, String type, CustomerId customer, StaffId owner, Instant at, String source)
    implements DomainEvent {

  /** The type name of a first contact made. */
  public static final String RECORDED_TYPE = "customer.first-contact-recorded";

  /** The type name of a first contact not made in time. */
  public static final String OVERDUE_TYPE = "customer.first-contact-overdue";

  /**
   * Creates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type is neither of the two
   */
  public CustomerFirstContact {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
    if (!RECORDED_TYPE.equals(type) && !OVERDUE_TYPE.equals(type)) {
      throw new IllegalArgumentException("a first-contact event is " + RECORDED_TYPE + " or " + OVERDUE_TYPE + ", was " + type);
    }
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
