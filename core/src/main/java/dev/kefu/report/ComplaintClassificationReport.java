package dev.kefu.report;

import dev.kefu.complaint.ComplaintStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The complaint classification table with its trend and improvement actions (QA-5, CP-8): the
 * complaints reviewed in a period by cause category, department and channel against the previous
 * period of the same length, the complaint and resolution rates against their targets (CP-10), and
 * the improvement actions the reviewers decided, by cause.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistics the statistics of the period, from {@link dev.kefu.complaint.Complaints#statistics}
 * @param improvements the improvement actions decided in the complaints reviewed in the period
 */
public record ComplaintClassificationReport(ComplaintStatistics statistics, List<Improvement> improvements)
    implements Reportable {

  /** The report's id. */
  public static final String ID = "complaint-classification";

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   */
  public ComplaintClassificationReport {
    Objects.requireNonNull(statistics, "statistics");
    improvements = List.copyOf(Objects.requireNonNull(improvements, "improvements"));
  }

  /**
   * An improvement action, as reviewers wrote it, and how many complaints of a cause named it.
   *
   * @param cause the cause category
   * @param action the action
   * @param complaints complaints reviewed in the period with this cause and action
   */
  public record Improvement(String cause, String action, long complaints) {
    /**
     * Creates an improvement.
     *
     * @throws NullPointerException if an argument is null
     */
    public Improvement {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(action, "action");
    }
  }

  /** Which way a line of the table moved from the previous period. */
  public enum Trend {
    /** More complaints than in the previous period. */
    UP,
    /** Fewer. */
    DOWN,
    /** As many. */
    SAME;

    /**
     * @param row a line of the classification table
     * @return its trend
     */
    public static Trend of(ComplaintStatistics.Row row) {
      return row.change() > 0 ? UP : row.change() < 0 ? DOWN : SAME;
    }
  }

  @Override
  public Report toReport() {
    ComplaintStatistics s = statistics;
    Report.Table rates = new Report.Table("Rates", List.of("measure", "value", "target", "on target"), List.of(
        List.of("complaints received", s.received(), "", ""),
        List.of("orders", s.orders(), "", ""),
        List.of("complaint rate %", 100 * s.complaintRate(), "< " + Cells.text(100 * ComplaintStatistics.COMPLAINT_RATE_TARGET),
            s.complaintRateOnTarget() ? "yes" : "no"),
        List.of("resolution rate %", 100 * s.resolutionRate(), Cells.text(100 * ComplaintStatistics.RESOLUTION_RATE_TARGET),
            s.resolutionRateOnTarget() ? "yes" : "no")));
    List<List<Object>> rows = new ArrayList<>();
    for (ComplaintStatistics.Row r : s.rows()) {
      rows.add(List.of(r.dimension(), r.value(), r.count(), r.previous(), r.change(), Trend.of(r).name().toLowerCase(java.util.Locale.ROOT)));
    }
    Report.Table table = new Report.Table("Classification", List.of("dimension", "value", "this period", "previous period",
        "change", "trend"), rows);
    List<ComplaintStatistics.Row> causes = s.rows("cause");
    Report.Chart chart = new Report.Chart("Complaint causes", Report.Chart.Kind.BAR,
        causes.stream().map(ComplaintStatistics.Row::value).toList(), "complaints", List.of(
            new Report.Series("this period", causes.stream().map(r -> (double) r.count()).toList()),
            new Report.Series("previous period", causes.stream().map(r -> (double) r.previous()).toList())));
    List<List<Object>> actions = new ArrayList<>();
    improvements.forEach(i -> actions.add(List.of(i.cause(), i.action(), i.complaints())));
    Report.Table improvementTable = new Report.Table("Improvement actions", List.of("cause", "action", "complaints"), actions);
    return new Report(ID, "Complaint classification", "QA-5", s.from(), s.to(), List.of(rates, chart, table, improvementTable));
  }
}
