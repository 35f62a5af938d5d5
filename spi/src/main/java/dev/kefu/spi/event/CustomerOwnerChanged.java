package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.Optional;

/**
 * A customer got a new owning agent (CU-7, CU-9). The handover note itself is personal data and
 * stays in the customer's key-customer record; the event says whether one was written with this
 * change.
 *
 * <p>Schema version 2 added {@code handoverNoteWritten}; a version-1 event reads as {@code false}.
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param from the previous owner, if any
 * @param to the new owner
 * @param handoverNoteWritten whether a handover note was written into the key-customer record with
 *     this change (CU-9)
 */
public record CustomerOwnerChanged(EventMeta meta, CustomerId customer, Optional<StaffId> from, StaffId to,
    boolean handoverNoteWritten) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.owner-changed";

  /**
   * An owner change without a handover note; how a version-1 event reads.
   *
   * @param meta the event metadata
   * @param customer the customer
   * @param from the previous owner, if any
   * @param to the new owner
   */
  public CustomerOwnerChanged(EventMeta meta, CustomerId customer, Optional<StaffId> from, StaffId to) {
    this(meta, customer, from, to, false);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 2;
  }
}
