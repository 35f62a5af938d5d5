package dev.kefu.report;

import dev.kefu.staffing.Coverage;
import dev.kefu.staffing.IntervalCoverage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Staffing coverage (ST-12, ST-15): per interval, the agents required (productive, and to schedule
 * after shrinkage) against the agent-equivalents rostered and at work, and the gaps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param coverage the roster's coverage of the requirement, from {@link dev.kefu.staffing.RosterCheck}
 * @param zone the zone the intervals are labelled in
 */
public record StaffingCoverageReport(Coverage coverage, ZoneId zone) implements Reportable {

  /** The report's id. */
  public static final String ID = "staffing-coverage";

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the coverage has no intervals
   */
  public StaffingCoverageReport {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(zone, "zone");
    if (coverage.intervals().isEmpty()) {
      throw new IllegalArgumentException("the coverage has no intervals");
    }
  }

  @Override
  public Report toReport() {
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
    List<IntervalCoverage> intervals = coverage.intervals();
    List<String> labels = intervals.stream().map(i -> hhmm.format(i.start())).toList();
    Report.Chart chart = new Report.Chart("Required vs scheduled agents", Report.Chart.Kind.BAR, labels, "agents", List.of(
        new Report.Series("required", intervals.stream().map(i -> (double) i.requiredAgents()).toList()),
        new Report.Series("required with shrinkage", intervals.stream().map(i -> (double) i.requiredScheduled()).toList()),
        new Report.Series("scheduled", intervals.stream().map(IntervalCoverage::rostered).toList()),
        new Report.Series("at work", intervals.stream().map(IntervalCoverage::available).toList())));
    List<List<Object>> rows = new ArrayList<>();
    for (IntervalCoverage i : intervals) {
      rows.add(List.of(hhmm.format(i.start()), hhmm.format(i.end()), i.requiredAgents(), i.requiredScheduled(), i.rostered(),
          i.onLeave(), i.onBreak(), i.available(), i.gap(), i.isCovered() ? "yes" : "no"));
    }
    Report.Table table = new Report.Table("Coverage per interval", List.of("from", "to", "required", "required with shrinkage",
        "scheduled", "on leave", "on break", "at work", "gap", "covered"), rows);
    Report.Table summary = new Report.Table("Summary", List.of("measure", "value"), List.of(
        List.of("intervals", intervals.size()),
        List.of("intervals short of agents", coverage.gaps().size()),
        List.of("largest shortfall (agents)", coverage.gaps().stream().mapToDouble(i -> -i.gap()).max().orElse(0))));
    return new Report(ID, "Staffing coverage", "ST-15", intervals.get(0).start(), intervals.get(intervals.size() - 1).end(),
        List.of(summary, chart, table));
  }
}
