package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * A resolved ticket was reopened.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param by who reopened it
 * @param reason why
 */
public record TicketReopened(EventMeta meta, TicketId ticket, StaffId by, String reason) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.reopened";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
