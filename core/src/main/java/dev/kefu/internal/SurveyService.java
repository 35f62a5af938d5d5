package dev.kefu.internal;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.event.SurveyAnswered;
import dev.kefu.spi.revisit.SurveyResponse;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.survey.CsatReport;
import dev.kefu.survey.RecordSurveyAnswer;
import dev.kefu.survey.Surveys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The {@link Surveys} API: answers as one-per-ticket aggregates, CSAT from the answered events (QA-8). */
public final class SurveyService implements Surveys {

  private final Settings settings;
  private final CommandRunner runner;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   */
  public SurveyService(Settings settings, CommandRunner runner) {
    this.settings = settings;
    this.runner = runner;
  }

  @Override
  public SurveyResponse record(RecordSurveyAnswer command) {
    Objects.requireNonNull(command, "command");
    // the customer is part of the key, so nobody gets another customer's answer back
    String key = command.ticketId() == null || command.customerId() == null ? null
        : "survey:" + command.customerId().value() + ":" + command.ticketId().value();
    return runner.run("RecordSurveyAnswer", command, key, "ticketId", SurveyResponse.class, a -> {
      Violations v = a.violations();
      Ticket t = v.found(command.ticketId(), "ticketId", settings.tickets()::find, "ticket");
      if (t != null && command.customerId() != null && !t.customer().equals(command.customerId())) {
        v.add("ticketId", "unknown ticket"); // a customer answers only for their own tickets
      } else if (t != null && t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED) {
        v.addRule("ticketId", "the survey follows the resolution; the ticket is " + t.status(), "QA-8");
      }
      v.throwIfAny();
      Instant now = a.now();
      SurveyResponse r = new SurveyResponse(t.id(), t.customer(), t.owner(), command.score(), now);
      return new Change<>(r, UnitOfWork.builder().addWrites(AggregateWrite.create(r))
          .addEvents(new SurveyAnswered(runner.meta(r, now), t.id(), t.customer(), t.owner(), command.score())));
    });
  }

  @Override
  public CsatReport report(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long[] all = new long[2];
    Map<String, long[]> byAgent = new TreeMap<>();
    Map<String, long[]> byTeam = new TreeMap<>();
    long after = 0;
    while (true) {
      List<StoredEvent> page = settings.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (StoredEvent stored : page) {
        after = stored.position();
        DomainEvent e = stored.event();
        if (!(e instanceof SurveyAnswered s) || e.occurredAt().isBefore(from) || !e.occurredAt().isBefore(to)) {
          continue;
        }
        int satisfied = s.score() >= 4 ? 1 : 0;
        count(all, satisfied);
        String agent = s.agent().map(StaffId::value).orElse("unassigned");
        String team = s.agent().flatMap(settings.staff()::find).flatMap(StaffMember::team).map(Object::toString).orElse("none");
        count(byAgent.computeIfAbsent(agent, k -> new long[2]), satisfied);
        count(byTeam.computeIfAbsent(team, k -> new long[2]), satisfied);
      }
    }
    return new CsatReport(from, to, new CsatReport.Row("all", all[0], all[1]), rows(byAgent), rows(byTeam));
  }

  private static void count(long[] counts, int satisfied) {
    counts[0]++;
    counts[1] += satisfied;
  }

  private static List<CsatReport.Row> rows(Map<String, long[]> m) {
    List<CsatReport.Row> rows = new ArrayList<>();
    m.forEach((k, c) -> rows.add(new CsatReport.Row(k, c[0], c[1])));
    return rows;
  }
}
