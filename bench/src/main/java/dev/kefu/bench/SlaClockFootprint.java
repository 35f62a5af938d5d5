package dev.kefu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the retained heap per open SLA clock: heap used after a full GC with a fleet of open
 * clocks ({@link SlaFleet}: the clocks and their timers in the in-memory store) minus the heap
 * used with an empty fleet (the same kefu wiring, no clocks), divided by the count. Run with
 * SerialGC and a fixed heap, for example:
 *
 * <pre>java -XX:+UseSerialGC -Xms3g -Xmx3g -cp bench/target/benchmarks.jar dev.kefu.bench.SlaClockFootprint 1000000</pre>
 *
 * <p>It prints two figures. <b>Without events</b>: the fleet's units of work are committed
 * without their domain events ({@link EventlessStorage}), so the event log, which grows with every
 * event fired (a clock's start included) and is the store's history rather than its clocks, is not
 * counted. <b>With events</b>: everything kefu commits, the clock-started events and their index
 * included.
 */
public final class SlaClockFootprint {

  private SlaClockFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of clocks (default 1,000,000)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    new SlaFleet(1_000, null, true); // load and warm the classes up, so their statics are not counted
    new SlaFleet(1_000, null, false);
    measure(size, false);
    measure(size, true);
  }

  /** One measurement, in its own frame, so that nothing of it outlives it. */
  private static void measure(int size, boolean keepEvents) {
    SlaFleet empty = new SlaFleet(0, null, keepEvents);
    long before = usedAfterGc();
    SlaFleet fleet = new SlaFleet(size, null, keepEvents);
    long after = usedAfterGc();
    long timers = fleet.storage.counts().get("due");
    long events = fleet.storage.counts().get("events");
    System.out.printf("%s: %,d open clocks, %,d timers, %,d events: %,d bytes retained, %.1f bytes per open clock%n",
        keepEvents ? "with events" : "without events", size, timers, events, after - before, (after - before) / (double) size);
    if (fleet.kefu == null || empty.kefu == null) {
      throw new AssertionError(); // keep both fleets reachable until here
    }
  }

  /**
   * The least heap used after each of ten full collections: what one collection frees can let a
   * later one free more (soft and weak references, cleaners), and right after an earlier fleet
   * was dropped it takes a few.
   */
  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
