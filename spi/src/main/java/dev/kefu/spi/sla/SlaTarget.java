package dev.kefu.spi.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a metric may take, in business or calendar time.
 *
 * @param duration the target, not negative
 * @param basis business or calendar time
 */
public record SlaTarget(Duration duration, TimeBasis basis) {

  /**
   * Creates a target.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the duration is negative
   */
  public SlaTarget {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(basis, "basis");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("an SLA target cannot be negative, was " + duration);
    }
  }

  /**
   * A target in business time.
   *
   * @param duration the target
   * @return the target
   */
  public static SlaTarget business(Duration duration) {
    return new SlaTarget(duration, TimeBasis.BUSINESS);
  }

  /**
   * A target in calendar time.
   *
   * @param duration the target
   * @return the target
   */
  public static SlaTarget calendar(Duration duration) {
    return new SlaTarget(duration, TimeBasis.CALENDAR);
  }

  @Override
  public String toString() {
    return duration + " " + basis.name().toLowerCase(java.util.Locale.ROOT);
  }
}
