package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Optional;

/**
 * A ticket got an owner, or a new one.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param from the previous owner, if any
 * @param to the new owner
 * @param by who assigned it
 */
public record TicketAssigned(EventMeta meta, TicketId ticket, Optional<StaffId> from, StaffId to, StaffId by) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.assigned";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
