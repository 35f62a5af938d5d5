package dev.kefu.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The examples' clock, shared by the simulated shop (or backend) and kefu: it stands still until
 * the example moves it, so the whole day runs in simulated time, prints the same every run, and
 * nothing reads the system clock.
 *
 * <p>Moved by the example's single thread; reads from other threads see the latest move.
 */
public final class SimulatedClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  /**
   * Creates a clock standing at a time.
   *
   * @param start the time it shows until moved
   * @param zone the zone it reports
   */
  public SimulatedClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Moves the clock forward.
   *
   * @param time the new time
   * @throws IllegalArgumentException if {@code time} is before the current time
   */
  public void moveTo(Instant time) {
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
    return new SimulatedClock(now, other);
  }
}
