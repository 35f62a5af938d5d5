package dev.kefu.workforce;

import java.time.Duration;
import java.util.Objects;

/**
 * A service-level target: at least {@code level} of the contacts answered within
 * {@code answerWithin}, for example 80% within 20 seconds. Immutable.
 *
 * @param level the share of contacts to answer in time, above 0 and below 1
 * @param answerWithin the threshold, zero or more
 */
public record ServiceTarget(double level, Duration answerWithin) {

  /**
   * Creates a target.
   *
   * @throws NullPointerException if {@code answerWithin} is null
   * @throws IllegalArgumentException listing every problem: a level outside (0, 1), a negative
   *     threshold
   */
  public ServiceTarget {
    Objects.requireNonNull(answerWithin, "answerWithin");
    new Problems("service target")
        .check(level > 0 && level < 1, "level must be above 0 and below 1, was " + level)
        .check(!answerWithin.isNegative(), "answerWithin must not be negative, was " + answerWithin)
        .throwIfAny();
  }

  /**
   * A target.
   *
   * @param level the share to answer in time, above 0 and below 1 (0.8 for 80%)
   * @param answerWithin the threshold
   * @return the target
   * @throws IllegalArgumentException as the constructor
   */
  public static ServiceTarget of(double level, Duration answerWithin) {
    return new ServiceTarget(level, answerWithin);
  }

  /** @return the threshold in seconds */
  double seconds() {
    return Problems.seconds(answerWithin);
  }
}
