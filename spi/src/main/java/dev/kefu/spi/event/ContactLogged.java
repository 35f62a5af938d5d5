package dev.kefu.spi.event;

import dev.kefu.spi.Channel;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Optional;

/**
 * A contact was added to a ticket's log (TK-3).
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param sequence the entry's sequence in the log
 * @param channel the contact's channel
 * @param handledBy who handled it, if staff did
 */
public record ContactLogged(EventMeta meta, TicketId ticket, int sequence, Channel channel, Optional<StaffId> handledBy) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "ticket.contact-logged";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
