package dev.kefu.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Complaint statistics for a period (CP-10, CP-8, QA-5): the complaint rate against its 3% target,
 * the resolution rate against 100%, and the classification table by cause category, department
 * and channel with the change from the previous period of the same length.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param received complaints registered in the period
 * @param resolved of those, how many the customer has an outcome for (accepted, or rejected with
 *     an explanation), now
 * @param orders orders in the period
 * @param rows the classification table: complaints reviewed in the period and in the previous one
 */
public record ComplaintStatistics(Instant from, Instant to, long received, long resolved, long orders, List<Row> rows) {

  /** The complaint-rate target (CP-10): below 3%. */
  public static final double COMPLAINT_RATE_TARGET = 0.03;

  /** The resolution-rate target (CP-10): 100%. */
  public static final double RESOLUTION_RATE_TARGET = 1.0;

  /** Creates statistics; the rows are copied. */
  public ComplaintStatistics {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    rows = List.copyOf(rows);
  }

  /**
   * One line of the classification table.
   *
   * @param dimension {@code "cause"}, {@code "department"} or {@code "channel"}
   * @param value the cause category, department or channel
   * @param count complaints reviewed in the period
   * @param previous complaints reviewed in the previous period
   */
  public record Row(String dimension, String value, long count, long previous) {

    /** @return the change from the previous period */
    public long change() {
      return count - previous;
    }
  }

  /** @return complaints per order; 0 without orders */
  public double complaintRate() {
    return orders == 0 ? 0.0 : (double) received / orders;
  }

  /** @return true if the complaint rate is below its target */
  public boolean complaintRateOnTarget() {
    return complaintRate() < COMPLAINT_RATE_TARGET;
  }

  /** @return resolved per received; 1 without complaints */
  public double resolutionRate() {
    return received == 0 ? 1.0 : (double) resolved / received;
  }

  /** @return true if every complaint received is resolved */
  public boolean resolutionRateOnTarget() {
    return resolutionRate() >= RESOLUTION_RATE_TARGET;
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
