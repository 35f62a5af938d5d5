package dev.kefu.bench.load;

import dev.kefu.Kefu;
import dev.kefu.notification.DeliveryReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One instance's background thread, as a host's scheduler would run it: due work, then
 * notifications, competing with the other instances' housekeepers for the same due items and
 * outbox messages. It runs a round every {@value #TICK_MILLIS} ms of real time — far more often
 * than the "every few seconds" kefu's documentation asks of a host, so notifications still go out
 * within a tick of their command — and between ticks lets the work gather, so a claim takes a
 * batch, not a single message. When the driver has made a minute's commands and waits for the
 * minute's work to be done everywhere ({@link LoadRun.Steps#draining()}), it runs round after
 * round until one finds nothing, and notes the driver's step that round started in; the driver's
 * next step wakes it at once. Simulated time moves only with the driver.
 */
final class Housekeeper implements Runnable {

  static final long TICK_MILLIS = 50;

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
      long started = System.nanoTime();
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
      }
      if ((idle || !steps.draining()) && steps.current() == step) {
        // until the next tick, or the driver's next step (it unparks every housekeeper)
        LockSupport.parkNanos(started + TICK_MILLIS * 1_000_000 - System.nanoTime());
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
