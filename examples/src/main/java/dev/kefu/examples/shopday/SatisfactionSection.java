package dev.kefu.examples.shopday;

import static dev.kefu.examples.shopday.TextTable.count;
import static dev.kefu.examples.shopday.TextTable.percent;

import dev.kefu.Kefu;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.event.SurveyAnswered;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.store.EventLog;
import dev.kefu.survey.CsatReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The satisfaction part of the summary (QA-8): CSAT, the share of 4s and 5s among the survey
 * answers, overall, per team and for the agents with the highest and lowest, from
 * {@code kefu.surveys().report(from, to)}; and, from the {@code SurveyAnswered} events, CSAT on
 * tickets whose SLA promises held against those with a breached clock.
 *
 * <p>Immutable.
 */
final class SatisfactionSection {

  /** Agents need this many answers to be ranked. */
  static final int RANKED_FROM = 10;

  /** How many agents are listed at each end of the ranking. */
  static final int RANKED = 3;

  private final BusinessDay day;
  private final CsatReport report;
  private final CsatReport.Row held;
  private final CsatReport.Row breached;
  private final int delivered;
  private final int notAnswered;

  private SatisfactionSection(BusinessDay day, CsatReport report, CsatReport.Row held, CsatReport.Row breached,
      int delivered, int notAnswered) {
    this.day = day;
    this.report = report;
    this.held = held;
    this.breached = breached;
    this.delivered = delivered;
    this.notAnswered = notAnswered;
  }

  /**
   * Reads the surveys of the day.
   *
   * @param day the calendar
   * @param kefu kefu
   * @param events the event log
   * @param tally what the simulation counted: the surveys delivered
   * @return the section
   */
  static SatisfactionSection of(BusinessDay day, Kefu kefu, EventLog events, Tally tally) {
    CsatReport report = kefu.surveys().report(day.importStart(), day.close());
    long[] held = new long[2];
    long[] breached = new long[2];
    for (long after = 0; ; ) {
      List<StoredEvent> batch = events.readAfter(after, 1_000);
      if (batch.isEmpty()) {
        break;
      }
      for (StoredEvent s : batch) {
        if (s.event() instanceof SurveyAnswered a && !a.occurredAt().isBefore(report.from())
            && a.occurredAt().isBefore(report.to())) {
          long[] row = kefu.sla().clocks(a.ticket()).stream().anyMatch(SlaClock::breached) ? breached : held;
          row[0]++;
          row[1] += a.score() >= 4 ? 1 : 0;
        }
      }
      after = batch.get(batch.size() - 1).position();
    }
    return new SatisfactionSection(day, report, new CsatReport.Row("promises held", held[0], held[1]),
        new CsatReport.Row("a clock breached", breached[0], breached[1]), tally.surveysDelivered,
        tally.surveysFoundReopened);
  }

  /** @return kefu's CSAT report */
  CsatReport report() {
    return report;
  }

  /** @return answers on tickets none of whose SLA clocks breached */
  CsatReport.Row held() {
    return held;
  }

  /** @return answers on tickets with a breached SLA clock */
  CsatReport.Row breached() {
    return breached;
  }

  /** @return the agents listed: the highest CSAT first, then the lowest, among those ranked */
  List<CsatReport.Row> rankedAgents() {
    List<CsatReport.Row> ranked = report.byAgent().stream().filter(r -> r.answers() >= RANKED_FROM)
        .sorted(Comparator.comparingDouble(CsatReport.Row::csatPercent).reversed()
            .thenComparing(Comparator.comparingLong(CsatReport.Row::answers).reversed())
            .thenComparing(CsatReport.Row::key))
        .toList();
    if (ranked.size() <= 2 * RANKED) {
      return ranked;
    }
    List<CsatReport.Row> ends = new ArrayList<>(ranked.subList(0, RANKED));
    ends.addAll(ranked.subList(ranked.size() - RANKED, ranked.size()));
    return ends;
  }

  /**
   * Appends the section.
   *
   * @param out where to
   */
  void render(StringBuilder out) {
    CsatReport.Row all = report.overall();
    out.append("\nSatisfaction, from kefu.surveys().report(").append(day.format(report.from())).append(", ")
        .append(day.format(report.to())).append(")\n");
    out.append(String.format(Locale.ROOT,
        "  kefu sends a survey with every resolution: %s reached the customer, %s answered (%s)%n",
        count(delivered), count(all.answers()), percent(all.answers(), delivered)));
    if (notAnswered > 0) {
      out.append(String.format(Locale.ROOT, "  (%s more would have, but found their ticket reopened)%n",
          count(notAnswered)));
    }
    out.append("  CSAT is the share of 4s and 5s among the answers\n\n");
    TextTable t = new TextTable("CSAT", "answers", "4 or 5", "CSAT").leftAligned(1);
    t.row("overall", count(all.answers()), count(all.satisfied()), csat(all));
    t.row("  where every SLA promise held", count(held.answers()), count(held.satisfied()), csat(held));
    t.row("  where an SLA clock breached", count(breached.answers()), count(breached.satisfied()), csat(breached));
    for (CsatReport.Row r : report.byTeam()) {
      t.row("team " + r.key(), count(r.answers()), count(r.satisfied()), csat(r));
    }
    out.append(t.render("  "));
    List<CsatReport.Row> agents = rankedAgents();
    if (agents.isEmpty()) {
      out.append(String.format(Locale.ROOT, "  (nobody had %d answers to be ranked)%n", RANKED_FROM));
      return;
    }
    out.append('\n');
    TextTable a = new TextTable("staff (highest and lowest, " + RANKED_FROM + "+ answers)", "answers", "4 or 5", "CSAT");
    agents.forEach(r -> a.row(r.key(), count(r.answers()), count(r.satisfied()), csat(r)));
    out.append(a.render("  "));
  }

  private static String csat(CsatReport.Row r) {
    return percent(r.satisfied(), r.answers());
  }
}
