package dev.kefu.spi.ticket;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ticket (TK-1 to TK-3): one matter a customer raised, or the shop raised with a customer, on
 * one channel, with its append-only contact log.
 *
 * <p>Immutable and thread-safe. kefu creates and changes tickets through its commands; the legal
 * status changes are the table in {@code dev.kefu.ticket.TicketLifecycle}.
 */
@Value.Immutable
@KefuStyle
public interface Ticket extends Aggregate {

  /** The aggregate type name of tickets. */
  String TYPE = "ticket";

  /** @return the ticket id */
  TicketId id();

  /** @return the customer the ticket is about */
  CustomerId customer();

  /** @return what the ticket is about (TK-1) */
  TicketKind kind();

  /** @return the channel it came in on (TK-2) */
  Channel channel();

  /** @return how urgent it is */
  Priority priority();

  /** @return where it stands */
  TicketStatus status();

  /** @return the agent who owns it, if assigned */
  Optional<StaffId> owner();

  /** @return a one-line subject */
  String subject();

  /** @return when it was opened */
  Instant openedAt();

  /** @return when an agent first answered, if yet */
  Optional<Instant> firstRespondedAt();

  /** @return when it was last resolved, if it is resolved or closed */
  Optional<Instant> resolvedAt();

  /** @return when it was closed, if it is */
  Optional<Instant> closedAt();

  /** @return when it last changed */
  Instant updatedAt();

  /** @return every contact, in order, never rewritten (TK-3) */
  List<ContactLogEntry> contactLog();

  /** @return the version, 1 when opened */
  @Override
  long version();

  @Override
  default String aggregateType() {
    return TYPE;
  }

  @Override
  default String aggregateId() {
    return id().value();
  }

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the changed copy
   */
  Ticket withVersion(long version);

  /**
   * A copy with another status.
   *
   * @param status the status
   * @return the changed copy
   */
  Ticket withStatus(TicketStatus status);

  /** @return a builder holding this ticket's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ticket}s; not thread-safe. */
  final class Builder extends ImmutableTicket.Builder {}

  /** Checks the invariants every ticket holds. */
  @Value.Check
  default void checkInvariants() {
    if (version() < 1) {
      throw new IllegalStateException("ticket version must be at least 1, was " + version());
    }
    for (int i = 0; i < contactLog().size(); i++) {
      if (contactLog().get(i).sequence() != i + 1) {
        throw new IllegalStateException("contact log entry " + i + " has sequence " + contactLog().get(i).sequence());
      }
    }
    if (status() != TicketStatus.OPEN && owner().isEmpty()) {
      throw new IllegalStateException("a " + status() + " ticket must have an owner");
    }
  }
}
