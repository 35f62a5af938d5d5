package dev.kefu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The kefu arm of {@link SlaTimerBenchmark} outside JMH, reporting where each timer event's time
 * goes: the engine thread's CPU time and the collector's pauses, per event. On a shared machine
 * the wall-clock throughput JMH reports moves with whatever else runs; the thread's CPU time per
 * event moves much less, so comparing two builds side by side by it takes fewer runs. Not a
 * replacement for the benchmark: its figures are the ones reported. Run with the benchmark's fork
 * flags, for example:
 *
 * <pre>java -Xms12g -Xmx12g -Xmn512m -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:+AlwaysPreTouch \
 *     -XX:+UseTransparentHugePages -cp bench/target/benchmarks.jar dev.kefu.bench.SlaTimerCpu 1000000 700 3</pre>
 *
 * <p>Each round builds a fresh fleet, runs the unmeasured first 90 minutes of its day as the
 * benchmark does, then measures the given number of simulated minutes; the first round includes
 * the JIT's warm-up.
 */
public final class SlaTimerCpu {

  private SlaTimerCpu() {}

  /**
   * Runs the rounds.
   *
   * @param args clocks (default 1,000,000), simulated minutes per round (default 700), rounds
   *     (default 3)
   */
  public static void main(String[] args) {
    int clocks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 700;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      SlaTimerBenchmark.KefuDay day = new SlaTimerBenchmark.KefuDay();
      day.clocks = clocks;
      day.freshFleetWhenTheDayIsOver();
      System.gc();
      long gcBefore = gcMillis();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long wallBefore = System.nanoTime();
      long events = 0;
      for (int m = 0; m < minutes && !day.now.isAfter(SlaFleet.lastEventAt()); m++) {
        events += SlaTimerBenchmark.minute(day);
      }
      double wall = System.nanoTime() - wallBefore;
      double cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
      double gc = (gcMillis() - gcBefore) * 1e6;
      SlaTimerBenchmark.check(day);
      System.out.printf("round %d: %,d timer events; %,.0f events/s wall; per event: %,.0f ns engine thread CPU, %,.0f ns"
          + " collector pauses%n", r, events, events / (wall / 1e9), cpu / events, gc / events);
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += b.getCollectionTime();
    }
    return total;
  }
}
