package dev.kefu.sla;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.spi.sla.ClockEntry;
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
  private final Duration countedBeforeLastStart;
  private final Optional<Instant> runningSince;

  /**
   * Reads a clock.
   *
   * @param clock the clock
   * @param calendar its calendar (used for business-time targets)
   */
  public ClockMath(SlaClock clock, BusinessCalendar calendar) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    Duration counted = Duration.ZERO;
    Instant since = null;
    for (ClockEntry e : clock.log()) {
      switch (e.kind()) {
        case STARTED, RESUMED -> {
          if (since == null) {
            since = e.at();
          }
        }
        case PAUSED, FULFILLED, STOPPED -> {
          if (since != null) {
            counted = counted.plus(measure(since, e.at()));
            since = null;
          }
        }
        default -> { }
      }
    }
    this.countedBeforeLastStart = counted;
    this.runningSince = Optional.ofNullable(since);
  }

  private Duration measure(Instant from, Instant to) {
    return clock.target().basis() == TimeBasis.BUSINESS ? calendar.between(from, to) : Duration.between(from, to);
  }

  private Instant after(Instant from, Duration counted) {
    return clock.target().basis() == TimeBasis.BUSINESS ? calendar.plus(from, counted) : from.plus(counted);
  }

  /**
   * The counted time so far.
   *
   * @param now the time to measure to; ignored once the clock no longer runs
   * @return elapsed business or calendar time, never more than the wall-clock time since start
   */
  public Duration elapsed(Instant now) {
    return runningSince.map(s -> countedBeforeLastStart.plus(now.isAfter(s) ? measure(s, now) : Duration.ZERO))
        .orElse(countedBeforeLastStart);
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
    return at(clock.target().duration());
  }

  /** @return when a running clock warns; empty while paused or ended */
  public Optional<Instant> warnAt() {
    return at(clock.warnAfter());
  }

  /** The instant at which the counted time reaches {@code threshold}, if the clock runs. */
  private Optional<Instant> at(Duration threshold) {
    return runningSince.map(s -> {
      Duration left = threshold.minus(countedBeforeLastStart);
      return left.isNegative() || left.isZero() ? s : after(s, left);
    });
  }
}
