package dev.kefu.examples.backend;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The demo's clock, shared by the backend and kefu: it stands still until the demo moves it, so
 * the whole day runs in simulated time and prints the same every run.
 *
 * <p>Moved by the demo's single thread; reads from other threads see the latest move.
 */
final class DemoClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  /**
   * @param start the time it shows until moved
   * @param zone the zone it reports
   */
  DemoClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock forward.
   *
   * @param time the new time
   * @throws IllegalArgumentException if {@code time} is before the current time
   */
  void moveTo(Instant time) {
    Objects.requireNonNull(time, "time");
    if (time.isBefore(now)) {
      throw new IllegalArgumentException("the clock does not go back: " + time + " is before " + now);
    }
    now = time;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new DemoClock(now, other);
  }
}
