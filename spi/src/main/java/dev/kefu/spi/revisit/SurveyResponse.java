package dev.kefu.spi.revisit;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's answer to the satisfaction survey after a ticket was resolved (QA-8): one per
 * ticket, a score from 1 to 5; CSAT counts the 4s and 5s.
 *
 * @param ticket the ticket surveyed (also the response's id: one answer per ticket)
 * @param customer the customer
 * @param agent the ticket's owner, if any
 * @param score 1 to 5
 * @param answeredAt when
 */
public record SurveyResponse(TicketId ticket, CustomerId customer, Optional<StaffId> agent, int score, Instant answeredAt)
    implements Aggregate {

  /** The aggregate type name of survey responses. */
  public static final String TYPE = "survey-response";

  /**
   * Creates a response.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the score is not 1 to 5
   */
  public SurveyResponse {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(answeredAt, "answeredAt");
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("a survey score is 1 to 5, was " + score);
    }
  }

  /** @return true for a 4 or a 5 */
  public boolean satisfied() {
    return score >= 4;
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.value();
  }

  @Override
  public long version() {
    return 1;
  }
}
