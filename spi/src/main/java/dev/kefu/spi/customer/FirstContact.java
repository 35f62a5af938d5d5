package dev.kefu.spi.customer;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The first contact a newly assigned owner owes a customer (CU-7): who owes it, since when, by
 * when, and whether it was made or went overdue. A new owner assignment replaces it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param owner the owner who owes the contact
 * @param assignedAt when the owner was assigned
 * @param dueBy when the contact is due, by default 7 days after {@code assignedAt}
 * @param madeAt when the owner made it, if recorded
 * @param overdueSince when kefu found it overdue and told the owner's team lead, if it did
 */
public record FirstContact(StaffId owner, Instant assignedAt, Instant dueBy, Optional<Instant> madeAt, Optional<Instant> overdueSince) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code dueBy} is before {@code assignedAt}
   */
  public FirstContact {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(assignedAt, "assignedAt");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(overdueSince, "overdueSince");
    if (dueBy.isBefore(assignedAt)) {
      throw new IllegalArgumentException("a first contact is due after the assignment, was due " + dueBy + " for " + assignedAt);
    }
  }

  /**
   * The first contact a new assignment owes, not yet made.
   *
   * @param owner the new owner
   * @param assignedAt when they were assigned
   * @param dueBy when the contact is due
   * @return the record
   */
  public static FirstContact pending(StaffId owner, Instant assignedAt, Instant dueBy) {
    return new FirstContact(owner, assignedAt, dueBy, Optional.empty(), Optional.empty());
  }

  /** @return true once the owner's first contact is recorded */
  public boolean isMade() {
    return madeAt.isPresent();
  }

  /** @return true if the contact was not made by {@link #dueBy()} (it may have been made later) */
  public boolean isOverdue() {
    return overdueSince.isPresent();
  }

  /**
   * A copy recording the contact.
   *
   * @param at when it was made
   * @return the changed copy
   */
  public FirstContact madeAt(Instant at) {
    return new FirstContact(owner, assignedAt, dueBy, Optional.of(at), overdueSince);
  }

  /**
   * A copy marked overdue.
   *
   * @param at when it was found overdue
   * @return the changed copy
   */
  public FirstContact overdueSince(Instant at) {
    return new FirstContact(owner, assignedAt, dueBy, madeAt, Optional.of(at));
  }
}
