package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * A ticket was closed; it is read-only from now on.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param by who closed it
 */
public record TicketClosed(EventMeta meta, TicketId ticket, StaffId by) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.closed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
