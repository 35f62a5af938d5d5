package dev.kefu.bench.load;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulated time every instance of a run reads: one clock, moved only by the driver, so all
 * SLA times come from it and nothing sleeps.
 */
final class SharedClock extends Clock {

  private volatile Instant now;

  SharedClock(Instant start) {
    this.now = start;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
