package dev.kefu.examples.shopday;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The simulation's clock: it stands still until the {@link Agenda} moves it to the next event.
 * kefu reads time only from the clock it is given, so the whole day runs in simulated time and
 * nothing reads the system clock.
 *
 * <p>Moved by the simulation's single thread; reads from other threads see the latest move.
 */
final class SimulatedClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  /**
   * Creates a clock standing at a time.
   *
   * @param start the time it shows until moved
   * @param zone the zone it reports
   */
  SimulatedClock(Instant start, ZoneId zone) {
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
    return new SimulatedClock(now, other);
  }
}
