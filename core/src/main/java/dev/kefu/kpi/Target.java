package dev.kefu.kpi;

import java.util.Objects;

/**
 * A team lead's target for one KPI (QA-3): the threshold, and whether a value must reach it
 * ({@code atLeast}) or stay within it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi the KPI
 * @param threshold the threshold, in the KPI's value (a ratio as 0 to 1, handle time in seconds,
 *     the QA score in points)
 * @param atLeast true if the value must be at least the threshold, false if at most
 */
public record Target(Kpi kpi, double threshold, boolean atLeast) {

  /**
   * Creates a target.
   *
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if the threshold is negative or not a number
   */
  public Target {
    Objects.requireNonNull(kpi, "kpi");
    if (!(threshold >= 0)) {
      throw new IllegalArgumentException("a target's threshold is 0 or more, was " + threshold);
    }
  }

  /**
   * @param value a value of the KPI
   * @return whether it meets the target
   */
  public boolean isMetBy(double value) {
    return atLeast ? value >= threshold : value <= threshold;
  }
}
