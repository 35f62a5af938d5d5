package dev.kefu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the retained heap per open SLA clock: heap used after a full GC with a fleet of open
 * clocks (and their timers) in the in-memory store, minus the heap used without them, divided by
 * the count. Run with SerialGC and a fixed heap, for example:
 *
 * <pre>java -XX:+UseSerialGC -Xms3g -Xmx3g -cp bench/target/benchmarks.jar dev.kefu.bench.SlaClockFootprint 1000000</pre>
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
    new SlaFleet(1_000); // warm the classes up so their metadata is not counted
    long before = usedAfterGc();
    SlaFleet fleet = new SlaFleet(size);
    long after = usedAfterGc();
    long open = fleet.storage.counts().get("due");
    System.out.printf("%,d open clocks, %,d scheduled timers: %,d bytes retained, %.1f bytes per open clock%n",
        size, open, after - before, (after - before) / (double) size);
    if (fleet.kefu == null) {
      throw new AssertionError(); // keep the fleet reachable until here
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
