package dev.kefu.staffing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labour limits a roster is checked against beside the catalogued rules: the least rest between
 * two shifts (finding {@code LIMIT-REST}), the most consecutive working days
 * ({@code LIMIT-DAYS}) and the most working time in a week ({@code LIMIT-HOURS}, a shift's
 * real length less its breaks).
 *
 * @param minimumRest the least time between the end of one shift and the start of the next
 * @param maxConsecutiveDays the most days worked in a row, counted across weeks
 * @param maxWeeklyHours the most working time in a roster's week
 */
public record LabourLimits(Duration minimumRest, int maxConsecutiveDays, Duration maxWeeklyHours) {

  /**
   * Creates limits.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException listing every problem
   */
  public LabourLimits {
    Objects.requireNonNull(minimumRest, "minimumRest");
    Objects.requireNonNull(maxWeeklyHours, "maxWeeklyHours");
    List<String> problems = new ArrayList<>();
    if (minimumRest.isNegative()) {
      problems.add("minimumRest must not be negative, got " + minimumRest);
    }
    if (maxConsecutiveDays < 1) {
      problems.add("maxConsecutiveDays must be at least 1, got " + maxConsecutiveDays);
    }
    if (maxWeeklyHours.isNegative() || maxWeeklyHours.isZero()) {
      problems.add("maxWeeklyHours must be positive, got " + maxWeeklyHours);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("labour limits: " + String.join("; ", problems));
    }
  }

  /**
   * The defaults: 11 hours' rest between shifts, at most 6 days in a row (one rest day a week,
   * ST-3), at most 60 hours a week (six of shop A's 9.5-hour shifts less their meal breaks fit).
   *
   * @return the defaults
   */
  public static LabourLimits defaults() {
    return new LabourLimits(Duration.ofHours(11), 6, Duration.ofHours(60));
  }
}
