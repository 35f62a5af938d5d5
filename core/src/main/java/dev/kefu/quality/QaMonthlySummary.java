package dev.kefu.quality;

import dev.kefu.report.Report;
import dev.kefu.report.Reportable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The monthly summary of QA and training-exam scores per agent (QA-2), with the complaints and
 * the praise and criticism QA verified about each agent (CP-12, TK-18).
 *
 * <p>Time bases: reviews by when they were made, exams by the day they were taken, complaints by
 * when they were registered, mentions by when the review was posted — each within the month in
 * the shop's zone, {@code [from, to)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param month the month
 * @param from its first instant, inclusive
 * @param to the first instant of the next month, exclusive
 * @param rows one per agent with a review, an exam or a verified record in the month, by agent id
 */
public record QaMonthlySummary(YearMonth month, Instant from, Instant to, List<Row> rows) implements Reportable {

  /**
   * Creates a summary.
   *
   * @throws NullPointerException if an argument is null
   */
  public QaMonthlySummary {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }

  /**
   * One agent's month.
   *
   * @param agent the agent's id
   * @param team the agent's team, or {@code "none"}
   * @param reviews how many of the agent's contacts QA reviewed
   * @param qaScoreSum the sum of those reviews' totals
   * @param exams how many training exams the agent took
   * @param examScoreSum the sum of their scores
   * @param verifiedComplaints complaints naming the agent whose record QA verified (CP-12)
   * @param verifiedPraise praise by name that QA verified (TK-18)
   * @param verifiedCriticism criticism by name that QA verified (TK-18)
   */
  public record Row(String agent, String team, long reviews, double qaScoreSum, long exams, double examScoreSum,
      long verifiedComplaints, long verifiedPraise, long verifiedCriticism) {

    /**
     * Creates a row.
     *
     * @throws NullPointerException if an argument is null
     */
    public Row {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(team, "team");
    }

    /** @return the mean QA score, {@code qaScoreSum ÷ reviews}; empty without reviews */
    public OptionalDouble qaScore() {
      return reviews == 0 ? OptionalDouble.empty() : OptionalDouble.of(qaScoreSum / reviews);
    }

    /** @return the mean exam score, {@code examScoreSum ÷ exams}; empty without exams */
    public OptionalDouble examScore() {
      return exams == 0 ? OptionalDouble.empty() : OptionalDouble.of(examScoreSum / exams);
    }
  }

  /**
   * The summary as a table of agents and a bar chart of QA and exam scores.
   *
   * @return the report, id {@code "qa-monthly"}, rule QA-2
   */
  @Override
  public Report toReport() {
    List<List<Object>> table = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> qa = new ArrayList<>();
    List<Double> exam = new ArrayList<>();
    for (Row r : rows) {
      table.add(java.util.Arrays.asList(r.agent(), r.team(), r.reviews(), round(r.qaScore()), r.exams(), round(r.examScore()),
          r.verifiedComplaints(), r.verifiedPraise(), r.verifiedCriticism()));
      labels.add(r.agent());
      qa.add(r.qaScore().orElse(Double.NaN));
      exam.add(r.examScore().orElse(Double.NaN));
    }
    return new Report("qa-monthly", "QA and training summary " + month, "QA-2", from, to, List.of(
        new Report.Table("Agents", List.of("agent", "team", "reviews", "QA score", "exams", "exam score", "verified complaints",
            "verified praise", "verified criticism"), table),
        new Report.Chart("QA and exam scores", Report.Chart.Kind.BAR, labels, "points",
            List.of(new Report.Series("QA score", qa), new Report.Series("exam score", exam)))));
  }

  private static Double round(OptionalDouble v) {
    return v.isPresent() ? Math.round(v.getAsDouble() * 10) / 10.0 : null;
  }
}
