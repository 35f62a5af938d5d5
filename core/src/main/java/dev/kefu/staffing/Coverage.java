package dev.kefu.staffing;

import java.util.List;
import java.util.Objects;

/**
 * A roster's coverage of a requirement table: per interval, required against rostered, on leave
 * and on break, and the gaps (ST-12, ST-13, ST-15).
 *
 * @param intervals one per interval of the requirement table, in its order
 * @param breaks the breaks the coverage assumed
 */
public record Coverage(List<IntervalCoverage> intervals, List<PlacedBreak> breaks) {

  /**
   * Creates a coverage.
   *
   * @throws NullPointerException if an argument is null
   */
  public Coverage {
    intervals = List.copyOf(Objects.requireNonNull(intervals, "intervals"));
    breaks = List.copyOf(Objects.requireNonNull(breaks, "breaks"));
  }

  /** @return the intervals short of agents */
  public List<IntervalCoverage> gaps() {
    return intervals.stream().filter(i -> !i.isCovered()).toList();
  }

  /** @return whether every interval is covered */
  public boolean isCovered() {
    return gaps().isEmpty();
  }
}
