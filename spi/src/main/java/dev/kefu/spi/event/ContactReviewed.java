package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;

/**
 * QA scored a contact (QA-1); feedback goes to the agent and their team lead.
 *
 * @param meta the event metadata
 * @param ticket the ticket
 * @param contact the contact's sequence
 * @param agent who handled it
 * @param reviewer the QA
 * @param total the weighted total, 0 to 100
 * @param sampled whether the contact was in the QA sample
 */
public record ContactReviewed(EventMeta meta, TicketId ticket, int contact, StaffId agent, StaffId reviewer, double total,
    boolean sampled) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "quality.contact-reviewed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
