package dev.kefu.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The forecast for one interval: when it starts, how long it lasts, how many contacts arrive in
 * it, their mean handle time, and how many contacts one agent serves at once on this channel
 * (1 for phone; 2 or 3 for chat, with the handle time measured at that concurrency). Immutable.
 *
 * @param start the first instant of the interval
 * @param length its real length, positive
 * @param contacts the forecast number of contacts arriving in it, before any promotion uplift
 * @param averageHandleTime the mean handle time, positive
 * @param concurrency the contacts one agent handles at once, at least 1
 */
public record ForecastInterval(Instant start, Duration length, double contacts, Duration averageHandleTime,
    int concurrency) {

  /**
   * Creates a forecast interval.
   *
   * @throws NullPointerException if {@code start}, {@code length} or {@code averageHandleTime} is null
   * @throws IllegalArgumentException listing every problem: a length or handle time not
   *     positive, contacts negative or not finite, concurrency below 1
   */
  public ForecastInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(averageHandleTime, "averageHandleTime");
    new Problems("forecast interval starting " + start)
        .check(Problems.positive(length), "length must be positive, was " + length)
        .check(Double.isFinite(contacts) && contacts >= 0, "contacts must be finite and not negative, was " + contacts)
        .check(Problems.positive(averageHandleTime), "averageHandleTime must be positive, was " + averageHandleTime)
        .check(concurrency >= 1, "concurrency must be at least 1, was " + concurrency)
        .throwIfAny();
  }

  /**
   * A phone (or e-mail) interval: one contact per agent at a time.
   *
   * @param start the first instant
   * @param length the real length
   * @param contacts the forecast contacts
   * @param averageHandleTime the mean handle time
   * @return the interval
   * @throws IllegalArgumentException as the constructor
   */
  public static ForecastInterval of(Instant start, Duration length, double contacts, Duration averageHandleTime) {
    return new ForecastInterval(start, length, contacts, averageHandleTime, 1);
  }

  /** @return the first instant after the interval */
  public Instant end() {
    return start.plus(length);
  }

  /**
   * This interval with another concurrency.
   *
   * @param concurrency the contacts one agent handles at once, at least 1
   * @return the interval
   * @throws IllegalArgumentException if {@code concurrency} is below 1
   */
  public ForecastInterval withConcurrency(int concurrency) {
    return new ForecastInterval(start, length, contacts, averageHandleTime, concurrency);
  }
}
