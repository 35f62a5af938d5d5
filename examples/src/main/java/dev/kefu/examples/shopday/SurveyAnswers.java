package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.survey.RecordSurveyAnswer;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Customers answering the satisfaction survey (QA-8). kefu sends one with every resolution
 * ({@code survey.csat}); a share of the customers who actually receive it (the gateways tell) answer
 * it a little later, from 1 to 5, mostly 4s and 5s, worse when a promise to them broke (an SLA clock
 * on the ticket breached) and worst when their complaint was rejected. A customer whose ticket was
 * reopened meanwhile does not answer, and nobody answers twice for a ticket (kefu sends another
 * survey when a reopened ticket is resolved again, but takes one answer per ticket).
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class SurveyAnswers {

  /** The share of delivered surveys customers answer. */
  static final double ANSWER_SHARE = 0.30;

  /** The chances of scores 1 to 5 when every promise held. */
  private static final double[] HELD = {0.03, 0.04, 0.09, 0.30, 0.54};
  /** The chances of scores 1 to 5 when an SLA clock on the ticket breached. */
  private static final double[] BREACHED = {0.12, 0.18, 0.25, 0.25, 0.20};
  /** The chances of scores 1 to 5 after a rejected complaint. */
  private static final double[] REJECTED = {0.30, 0.30, 0.20, 0.12, 0.08};

  private final Kefu kefu;
  private final Agenda agenda;
  private final ComplaintDesk complaints;
  private final SplittableRandom random;
  private final Tally tally;
  private final Set<TicketId> answering = new HashSet<>();

  /**
   * Creates the customers' side of the surveys.
   *
   * @param kefu kefu
   * @param agenda the day's agenda
   * @param complaints the complaint desk, for rejected complaints
   * @param random the random source
   * @param tally the counters
   */
  SurveyAnswers(Kefu kefu, Agenda agenda, ComplaintDesk complaints, SplittableRandom random, Tally tally) {
    this.kefu = kefu;
    this.agenda = agenda;
    this.complaints = complaints;
    this.random = random;
    this.tally = tally;
  }

  /**
   * A message reached a customer: if it is a survey, the customer may answer it.
   *
   * @param n the message delivered
   */
  void delivered(Notification n) {
    if (!n.templateKey().equals("survey.csat") || n.recipient().kind() != Recipient.Kind.CUSTOMER) {
      return;
    }
    tally.surveysDelivered++;
    TicketId ticket = TicketId.of(n.parameters().get("ticketId"));
    if (answering.contains(ticket) || random.nextDouble() >= ANSWER_SHARE) {
      return;
    }
    answering.add(ticket);
    CustomerId customer = CustomerId.of(n.recipient().id());
    agenda.after(DayPlan.minutes(2, 240, random), () -> answer(customer, ticket));
  }

  private void answer(CustomerId customer, TicketId id) {
    Ticket t = kefu.tickets().find(id).orElseThrow();
    if (t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED) {
      tally.surveysFoundReopened++;
      return;
    }
    boolean breached = kefu.sla().clocks(id).stream().anyMatch(SlaClock::breached);
    double[] chances = complaints.isRejectedComplaint(id) ? REJECTED : breached ? BREACHED : HELD;
    kefu.surveys().record(new RecordSurveyAnswer(customer, id, score(chances)));
    tally.surveysAnswered++;
  }

  private int score(double[] chances) {
    double r = random.nextDouble();
    for (int i = 0; i < chances.length; i++) {
      r -= chances[i];
      if (r < 0) {
        return i + 1;
      }
    }
    return chances.length;
  }
}
