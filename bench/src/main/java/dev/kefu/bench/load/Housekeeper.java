package dev.kefu.bench.load;

import dev.kefu.Kefu;
import dev.kefu.notification.DeliveryReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One instance's background thread, as a host's scheduler would run it: due work, then
 * notifications, over and over, competing with the other instances' housekeepers for the same due
 * items and outbox messages. When a round finds nothing to do it notes the driver's step it started
 * in, so the driver knows when a minute's work is done everywhere, and rests until the driver's
 * next step wakes it, or {@value #REST_MILLIS} ms of real time have passed (simulated time moves
 * only with the driver; the rest only spaces the rounds that find nothing, as a host's scheduler
 * would).
 */
final class Housekeeper implements Runnable {

  static final long REST_MILLIS = 5;

  private final Kefu kefu;
  private final LoadRun.Steps steps;
  private volatile boolean stopped;
  /** The last step in which a round of this housekeeper started and found nothing to do. */
  private volatile long idleIn = -1;
  final AtomicLong dueItems = new AtomicLong();
  final AtomicLong delivered = new AtomicLong();
  /** Exceptions a round threw, by class and message, with how often. */
  final Map<String, Long> failures = new ConcurrentHashMap<>();

  Housekeeper(Kefu kefu, LoadRun.Steps steps) {
    this.kefu = kefu;
    this.steps = steps;
  }

  @Override
  public void run() {
    while (!stopped) {
      long step = steps.current();
      boolean idle;
      try {
        int done = kefu.runDueWork();
        DeliveryReport report = kefu.deliverNotifications();
        dueItems.addAndGet(done);
        delivered.addAndGet(report.delivered());
        idle = done == 0 && report.attempted() == 0;
      } catch (RuntimeException e) {
        failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
        idle = false;
      }
      if (idle) {
        idleIn = step;
        if (steps.current() == step) {
          LockSupport.parkNanos(REST_MILLIS * 1_000_000);
        }
      }
    }
  }

  /** @return whether a round that started in {@code step} or later found nothing to do */
  boolean idleSince(long step) {
    return idleIn >= step;
  }

  void stop() {
    stopped = true;
  }
}
