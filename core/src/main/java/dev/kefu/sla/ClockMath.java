package dev.kefu.sla;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.TimeBasis;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a clock's log means, on its calendar: elapsed and remaining time, the due instant and the
 * warning instant. Time counts from STARTED or RESUMED to the next PAUSED, FULFILLED or STOPPED;
 * paused time never counts; business-time targets count only the calendar's working time.
 *
 * <p>A pure function of the clock, the calendar and the time; thread-safe.
 */
public final class ClockMath {

  private final SlaClock clock;
  private final BusinessCalendar calendar;
  private final boolean business;
  private final Duration countedBeforeLastStart;
  private final Instant runningSince; // null unless the clock runs

  /**
   * Reads a clock.
   *
   * @param clock the clock
   * @param calendar its calendar (used for business-time targets)
   */
  public ClockMath(SlaClock clock, BusinessCalendar calendar) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.business = clock.target().basis() == TimeBasis.BUSINESS;
    Duration counted = Duration.ZERO;
    Instant since = clock.startedAt(); // the log starts with STARTED
    for (int i = 1, n = clock.logSize(); i < n; i++) {
      switch (clock.logKind(i)) { // the entry's instant only where it counts: no entry made
        case STARTED, RESUMED -> {
          if (since == null) {
            since = clock.logAt(i);
          }
        }
        case PAUSED, FULFILLED, STOPPED -> {
          if (since != null) {
            counted = counted.plus(measure(since, clock.logAt(i)));
            since = null;
          }
        }
        default -> { }
      }
    }
    this.countedBeforeLastStart = counted;
    this.runningSince = since;
  }

  private Duration measure(Instant from, Instant to) {
    return business ? calendar.between(from, to) : Duration.between(from, to);
  }

  private Instant after(Instant from, Duration counted) {
    return business ? calendar.plus(from, counted) : from.plus(counted);
  }

  /**
   * The counted time so far.
   *
   * @param now the time to measure to; ignored once the clock no longer runs
   * @return elapsed business or calendar time, never more than the wall-clock time since start
   */
  public Duration elapsed(Instant now) {
    if (runningSince == null) {
      return countedBeforeLastStart;
    }
    return countedBeforeLastStart.plus(now.isAfter(runningSince) ? measure(runningSince, now) : Duration.ZERO);
  }

  /**
   * The time left before the due instant.
   *
   * @param now the time
   * @return the target minus the elapsed time; negative once breached
   */
  public Duration remaining(Instant now) {
    return clock.target().duration().minus(elapsed(now));
  }

  /** @return when a running clock breaches; empty while paused or ended */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(at(clock.target().duration()));
  }

  /** @return when a running clock warns; empty while paused or ended */
  public Optional<Instant> warnAt() {
    return Optional.ofNullable(at(clock.warnAfter()));
  }

  /** The instant at which the counted time reaches {@code threshold}, or null if the clock does not run. */
  private Instant at(Duration threshold) {
    if (runningSince == null) {
      return null;
    }
    if (countedBeforeLastStart.isZero()) {
      return threshold.isNegative() || threshold.isZero() ? runningSince : after(runningSince, threshold);
    }
    Duration left = threshold.minus(countedBeforeLastStart);
    return left.isNegative() || left.isZero() ? runningSince : after(runningSince, left);
  }
}
