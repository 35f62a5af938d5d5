package dev.kefu.staffing;

import java.time.Duration;
import java.util.Objects;

/**
 * A break a shift is entitled to (a meal, a rest), placed by the shift lead by contact volume
 * (ST-12) somewhere in its window.
 *
 * @param name what the break is, for example {@code "lunch"}
 * @param length how long it lasts
 * @param earliestAfterStart the earliest it may begin, measured from the shift's start
 * @param latestAfterStart the latest it may begin, measured from the shift's start
 */
public record ShiftBreak(String name, Duration length, Duration earliestAfterStart, Duration latestAfterStart) {

  /**
   * Creates a break.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length is not positive or the window is negative or
   *     reversed
   */
  public ShiftBreak {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(earliestAfterStart, "earliestAfterStart");
    Objects.requireNonNull(latestAfterStart, "latestAfterStart");
    if (name.isBlank() || length.isNegative() || length.isZero() || earliestAfterStart.isNegative()
        || latestAfterStart.compareTo(earliestAfterStart) < 0) {
      throw new IllegalArgumentException("break " + name + ": needs a name, a positive length and a window from "
          + "earliest to latest start, got length " + length + ", window " + earliestAfterStart + " to " + latestAfterStart);
    }
  }
}
