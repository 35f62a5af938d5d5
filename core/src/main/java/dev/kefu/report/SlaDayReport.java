package dev.kefu.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * SLA met % over the day: for each interval and SLA metric, the clocks fulfilled in the interval
 * and how many of them met their target (SLA achievement as {@link dev.kefu.sla.SlaReport} counts
 * it, interval by interval). An interval in which no clock of a metric was fulfilled has no
 * percentage (NaN, a gap in the line), not 100%.
 *
 * <p>Immutable and thread-safe.
 *
 * @param zone the zone the intervals are labelled in
 * @param intervals one line per interval and metric, intervals in time order
 */
public record SlaDayReport(ZoneId zone, List<Line> intervals) implements Reportable {

  /** The report's id. */
  public static final String ID = "sla-day";

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no lines
   */
  public SlaDayReport {
    Objects.requireNonNull(zone, "zone");
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    if (intervals.isEmpty()) {
      throw new IllegalArgumentException("an SLA day report needs at least one interval");
    }
  }

  /**
   * One metric in one interval.
   *
   * @param start the interval's start, inclusive
   * @param end its end, exclusive
   * @param metric the SLA metric
   * @param fulfilled clocks of the metric fulfilled in the interval
   * @param met of those, how many never breached
   */
  public record Line(Instant start, Instant end, String metric, long fulfilled, long met) {
    /**
     * Creates a line.
     *
     * @throws NullPointerException if an argument is null
     */
    public Line {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(metric, "metric");
    }

    /** @return met ÷ fulfilled in percent; NaN if none was fulfilled */
    public double metPercent() {
      return fulfilled == 0 ? Double.NaN : 100.0 * met / fulfilled;
    }
  }

  @Override
  public Report toReport() {
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
    Set<Instant> starts = new LinkedHashSet<>();
    Set<String> metrics = new LinkedHashSet<>();
    intervals.forEach(l -> {
      starts.add(l.start());
      metrics.add(l.metric());
    });
    List<Instant> times = List.copyOf(starts);
    List<Report.Series> series = new ArrayList<>();
    for (String metric : metrics) {
      List<Double> values = new ArrayList<>();
      for (Instant t : times) {
        values.add(intervals.stream().filter(l -> l.start().equals(t) && l.metric().equals(metric)).findFirst()
            .map(Line::metPercent).orElse(Double.NaN));
      }
      series.add(new Report.Series(metric, values));
    }
    Report.Chart chart = new Report.Chart("SLA met % over the day", Report.Chart.Kind.LINE,
        times.stream().map(hhmm::format).toList(), "%", series);
    List<List<Object>> rows = new ArrayList<>();
    intervals.forEach(l -> rows.add(List.of(hhmm.format(l.start()), hhmm.format(l.end()), l.metric(), l.fulfilled(), l.met(),
        l.metPercent())));
    Report.Table table = new Report.Table("SLA per interval", List.of("from", "to", "metric", "fulfilled", "met", "met %"), rows);
    Instant from = intervals.stream().map(Line::start).min(Instant::compareTo).orElseThrow();
    Instant to = intervals.stream().map(Line::end).max(Instant::compareTo).orElseThrow();
    return new Report(ID, "SLA met over the day", "", from, to, List.of(chart, table));
  }
}
