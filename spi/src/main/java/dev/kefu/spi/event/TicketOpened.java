package dev.kefu.spi.event;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;

/**
 * A ticket was opened (TK-1, TK-2).
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param customer its customer
 * @param kind its kind
 * @param channel its channel
 * @param priority its priority
 */
public record TicketOpened(EventMeta meta, TicketId ticket, CustomerId customer, TicketKind kind, Channel channel, Priority priority) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.opened";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
