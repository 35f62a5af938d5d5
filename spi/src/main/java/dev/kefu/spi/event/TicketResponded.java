package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * An agent answered the customer.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param by the agent
 * @param firstResponse true for the ticket's first answer
 */
public record TicketResponded(EventMeta meta, TicketId ticket, StaffId by, boolean firstResponse) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.responded";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
