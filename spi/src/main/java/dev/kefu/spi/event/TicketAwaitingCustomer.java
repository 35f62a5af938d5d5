package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * The agent now waits for the customer.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param by the agent
 */
public record TicketAwaitingCustomer(EventMeta meta, TicketId ticket, StaffId by) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.awaiting-customer";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
