package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Optional;

/**
 * A customer answered the satisfaction survey sent after a ticket was resolved (QA-8).
 *
 * @param meta the event metadata
 * @param ticket the ticket surveyed
 * @param customer the customer
 * @param agent the ticket's owner when it was resolved, if any
 * @param score 1 (very unsatisfied) to 5 (very satisfied)
 */
public record SurveyAnswered(EventMeta meta, TicketId ticket, CustomerId customer, Optional<StaffId> agent, int score)
    implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "survey.answered";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
