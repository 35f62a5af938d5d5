package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * The agent resolved the ticket.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param customer its customer
 * @param by the agent
 * @param resolution what was done, in short
 */
public record TicketResolved(EventMeta meta, TicketId ticket, CustomerId customer, StaffId by, String resolution) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.resolved";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
