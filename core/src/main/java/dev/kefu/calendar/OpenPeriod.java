package dev.kefu.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of working time as instants: from {@code start} inclusive to {@code end} exclusive.
 *
 * @param start when work starts
 * @param end when work stops, after {@code start}
 */
public record OpenPeriod(Instant start, Instant end) {

  /**
   * Creates a period.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public OpenPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("an open period must end after it starts: " + start + " to " + end);
    }
  }

  /** @return its real elapsed length */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
