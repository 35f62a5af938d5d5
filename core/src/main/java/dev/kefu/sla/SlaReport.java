package dev.kefu.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SLA achievement over a period: for each metric, and for each metric by tier, channel, team and
 * agent, how many clocks were fulfilled in the period, how many met their target, how many had
 * breached, and the median and 90th-percentile counted time to fulfil.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param rows one row per (dimension, value, metric), sorted
 * @param openBreached clocks open at {@code to} (started before it, not ended before it) that had
 *     breached before it, per metric name
 */
public record SlaReport(Instant from, Instant to, List<Row> rows, Map<String, Long> openBreached) {

  /** Creates a report; collections are copied. */
  public SlaReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    rows = List.copyOf(rows);
    openBreached = Map.copyOf(openBreached);
  }

  /**
   * One line of the report.
   *
   * @param dimension {@code "metric"}, {@code "tier"}, {@code "channel"}, {@code "team"} or {@code "agent"}
   * @param value the tier, channel, team or agent; the metric's name for the metric dimension
   * @param metric the metric
   * @param count clocks fulfilled in the period
   * @param met of those, how many never breached
   * @param breached of those, how many breached first
   * @param median the median counted time to fulfil
   * @param p90 the 90th percentile (nearest rank)
   */
  public record Row(
      String dimension, String value, String metric, long count, long met, long breached, Duration median, Duration p90) {

    /** @return met as a percentage of count; 100 for an empty row */
    public double metPercent() {
      return count == 0 ? 100.0 : 100.0 * met / count;
    }
  }

  /**
   * The rows of one dimension.
   *
   * @param dimension the dimension
   * @return its rows
   */
  public List<Row> rows(String dimension) {
    return rows.stream().filter(r -> r.dimension().equals(dimension)).toList();
  }
}
