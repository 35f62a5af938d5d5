package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.Optional;

/**
 * A customer got a new owning agent (CU-7, CU-9).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param from the previous owner, if any
 * @param to the new owner
 */
public record CustomerOwnerChanged(EventMeta meta, CustomerId customer, Optional<StaffId> from, StaffId to) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.owner-changed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
