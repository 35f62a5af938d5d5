package dev.kefu.report;

import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.order.AgentMentions;
import dev.kefu.survey.CsatReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weekly customer-feedback report (QA-4, Saturday 14:00): what customers said in the week —
 * satisfaction (CSAT, QA-8) overall, per day and per agent, reviews posted and how many were
 * negative (TK-10), praise and criticism of named agents (TK-18), and the complaints of the week
 * by cause (CP-8).
 *
 * <p>Immutable and thread-safe.
 *
 * @param csat satisfaction in the week
 * @param days CSAT per day of the week, oldest first
 * @param reviews reviews posted in the week
 * @param negativeReviews of those, how many were negative (followed up under TK-10)
 * @param mentions praise and criticism naming agents, by agent
 * @param complaints the complaints of the week
 */
public record CustomerFeedbackReport(CsatReport csat, List<Day> days, long reviews, long negativeReviews,
    List<AgentMentions> mentions, ComplaintStatistics complaints) implements Reportable {

  /** The report's id. */
  public static final String ID = "customer-feedback";

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   */
  public CustomerFeedbackReport {
    Objects.requireNonNull(csat, "csat");
    days = List.copyOf(Objects.requireNonNull(days, "days"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    Objects.requireNonNull(complaints, "complaints");
  }

  /**
   * Survey answers of one day.
   *
   * @param date the day, in the shop's zone
   * @param answers answers
   * @param satisfied answers of 4 or 5
   */
  public record Day(LocalDate date, long answers, long satisfied) {
    /** @return CSAT in percent; NaN without answers */
    public double csatPercent() {
      return answers == 0 ? Double.NaN : 100.0 * satisfied / answers;
    }
  }

  /** @return the week's start, inclusive */
  public Instant from() {
    return csat.from();
  }

  /** @return the week's end, exclusive */
  public Instant to() {
    return csat.to();
  }

  @Override
  public Report toReport() {
    Report.Table summary = new Report.Table("The week", List.of("measure", "value"), List.of(
        List.of("survey answers", csat.overall().answers()),
        List.of("CSAT %", csat.overall().answers() == 0 ? Double.NaN : csat.overall().csatPercent()),
        List.of("reviews posted", reviews),
        List.of("negative reviews", negativeReviews),
        List.of("praise of named agents", mentions.stream().mapToLong(AgentMentions::praise).sum()),
        List.of("criticism of named agents", mentions.stream().mapToLong(AgentMentions::criticism).sum()),
        List.of("complaints received", complaints.received()),
        List.of("complaints resolved", complaints.resolved())));
    Report.Chart trend = new Report.Chart("CSAT trend", Report.Chart.Kind.LINE,
        days.stream().map(d -> d.date().toString()).toList(), "%",
        List.of(new Report.Series("CSAT", days.stream().map(Day::csatPercent).toList())));
    List<List<Object>> agents = new ArrayList<>();
    csat.byAgent().forEach(r -> agents.add(List.of(r.key(), r.answers(), r.satisfied(), r.csatPercent())));
    Report.Table byAgent = new Report.Table("CSAT per agent", List.of("agent", "answers", "satisfied", "CSAT %"), agents);
    List<List<Object>> named = new ArrayList<>();
    mentions.forEach(m -> named.add(List.of(m.agent().value(), m.praise(), m.criticism())));
    Report.Table mentionTable = new Report.Table("Agents named in reviews", List.of("agent", "praise", "criticism"), named);
    List<ComplaintStatistics.Row> causes = complaints.rows("cause");
    Report.Chart causeChart = new Report.Chart("Complaint causes", Report.Chart.Kind.BAR,
        causes.stream().map(ComplaintStatistics.Row::value).toList(), "complaints", List.of(
            new Report.Series("this week", causes.stream().map(r -> (double) r.count()).toList()),
            new Report.Series("week before", causes.stream().map(r -> (double) r.previous()).toList())));
    return new Report(ID, "Customer feedback", "QA-4", from(), to(), List.of(summary, trend, byAgent, mentionTable, causeChart));
  }
}
