package dev.kefu.bench;

import dev.kefu.internal.SlaEngine;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.sla.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SLA timers at scale: a fleet of open resolution clocks ({@link SlaFleet}: one per ticket,
 * openings spread over a day, four timer events each) advanced through a simulated day, one
 * minute per invocation, with a no-op notification channel.
 *
 * <ul>
 *   <li>{@code kefu}: the simulated clock moves a minute, then {@code kefu.runDueWork()} fires what
 *       is due through the due-work port of the in-memory store, and {@code
 *       kefu.deliverNotifications()} is called until the outbox has nothing left to send.
 *   <li>{@code baseline}: {@link PollingSlaEngine}, the same clocks in a list, every one of them
 *       looked at on every tick.
 * </ul>
 *
 * <p><b>What the numbers mean.</b> The primary score is invocations per second, that is simulated
 * minutes per second. The figure to read is the secondary {@code timerEvents} (JMH
 * {@link AuxCounters}, unit "ops/s" where one op is one timer event: a warning, a breach or an
 * escalation fired, with its event and its notification). Events per minute are not constant (none
 * in the first 48 minutes of a day, then a ramp to about 2,800 a minute for a million clocks), so
 * they are counted, not assumed. Each timer event of this fleet notifies one person; the no-op
 * channel counts the notifications, and that count is the event count.
 *
 * <p><b>Steady state.</b> Both arms are measured from {@link #MEASURED_FROM} on: the setup runs
 * the day's first 90 minutes unmeasured, because nothing falls due in the first 48 and the next
 * 42 are a ramp, and a slow arm would be measured on little else.
 *
 * <p><b>Days.</b> When the simulated day is over (every clock's last escalation passed), the next
 * invocation's {@link Level#Invocation} setup checks that every timer event fired exactly once and
 * builds a fresh fleet; JMH does not count the time of invocation-level fixtures, so a rebuild
 * costs no score, and an iteration never spends its time on empty minutes after the day ends. The
 * trial's teardown checks that every event due by the last simulated minute fired, once.
 *
 * <p><b>Fork.</b> Both arms run in a fixed, pre-touched 12 GB heap with a small young generation
 * whose survivors are promoted at once (see docs/performance.md), backed by transparent huge
 * pages ({@code -XX:+UseTransparentHugePages}, which the JVM asks for with {@code madvise}; a
 * kernel that offers none leaves the heap on small pages): a million clocks lie across gigabytes
 * of heap, and with 4 KB pages nearly every clock a timer reads costs a page-table walk.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-Xmn512m", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-XX:+AlwaysPreTouch",
    "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SlaTimerBenchmark {

  /** How far the simulated clock moves per invocation. */
  static final Duration STEP = Duration.ofMinutes(1);

  /**
   * Where the measured part of a day starts: once the first clocks fired their last escalation,
   * about 2,800 events a minute fall due for a million clocks, as they do until the day ends. The
   * setup runs the minutes before it (nothing in the first 48, then a ramp) without measuring, the
   * same way in both arms; otherwise a slow arm, which gets through few minutes, would be measured
   * mostly on minutes with nothing to fire.
   */
  static final Instant MEASURED_FROM = SlaFleet.DAY_START.plus(SlaFleet.LAST_EVENT_AFTER_START);

  /** Counts timer events per iteration; JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    /** Timer events fired in this iteration. */
    public long timerEvents;

    /** Starts the count of an iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      timerEvents = 0;
    }
  }

  /** kefu's day: a fleet in the in-memory store, and the simulated time. */
  @State(Scope.Benchmark)
  public static class KefuDay {
    /** How many open clocks. */
    @Param("1000000")
    public int clocks;

    SlaFleet fleet;
    Instant now;

    /** Builds the first fleet, and a fresh one whenever the day is over, after checking it. */
    @Setup(Level.Invocation)
    public void freshFleetWhenTheDayIsOver() {
      if (fleet != null && !now.isAfter(SlaFleet.lastEventAt())) {
        return;
      }
      if (fleet != null) {
        check(this);
      }
      fleet = null; // let the old fleet go before the new one is built
      fleet = new SlaFleet(clocks);
      for (now = SlaFleet.DAY_START; now.isBefore(MEASURED_FROM); ) {
        minute(this);
      }
    }

    /** Checks what the last fleet fired. */
    @TearDown(Level.Trial)
    public void checkLastDay() {
      check(this);
    }
  }

  /** The baseline's day: the same clocks in the polling engine. */
  @State(Scope.Benchmark)
  public static class PollingDay {
    /** How many open clocks. */
    @Param("1000000")
    public int clocks;

    PollingSlaEngine engine;
    final AtomicLong sent = new AtomicLong();
    long sentBefore;
    Instant now;

    /** Builds the first fleet, and a fresh one whenever the day is over, after checking it. */
    @Setup(Level.Invocation)
    public void freshFleetWhenTheDayIsOver() {
      if (engine != null && !now.isAfter(SlaFleet.lastEventAt())) {
        return;
      }
      if (engine != null) {
        check(this);
      }
      engine = null;
      List<SlaClock> opened = new ArrayList<>(clocks);
      SlaFleet fleet = new SlaFleet(clocks, opened, true);
      SlaEngine kefuEngine = (SlaEngine) fleet.kefu.sla();
      engine = new PollingSlaEngine(opened, kefuEngine.calendar(opened.get(0).calendarId()), fleet.staff, fleet.lead,
          IdSource.seeded(7), n -> {
            sent.incrementAndGet();
            return DeliveryResult.delivered();
          });
      sentBefore = sent.get();
      for (now = SlaFleet.DAY_START; now.isBefore(MEASURED_FROM); ) {
        now = now.plus(STEP);
        engine.tick(now);
      }
    }

    /** Checks what the last fleet fired. */
    @TearDown(Level.Trial)
    public void checkLastDay() {
      check(this);
    }
  }

  /**
   * kefu: a minute passes; due work runs and the notifications go out.
   *
   * @param day the fleet
   * @param events the count
   */
  @Benchmark
  public void kefu(KefuDay day, Events events) {
    events.timerEvents += minute(day);
  }

  /** A minute of kefu's day; returns the timer events fired (and notified). */
  static long minute(KefuDay day) {
    day.now = day.now.plus(STEP);
    day.fleet.clock.set(day.now);
    long before = day.fleet.sent.get();
    day.fleet.kefu.runDueWork();
    while (day.fleet.kefu.deliverNotifications().attempted() > 0) {
      // until the outbox has nothing left that is due
    }
    return day.fleet.sent.get() - before;
  }

  /**
   * The polling baseline: a minute passes; every clock is looked at.
   *
   * @param day the clocks
   * @param events the count
   */
  @Benchmark
  public void baseline(PollingDay day, Events events) {
    day.now = day.now.plus(STEP);
    events.timerEvents += day.engine.tick(day.now);
  }

  private static final Set<String> TIMER_EVENTS = Set.of(SlaWarningRaised.TYPE, SlaBreached.TYPE, SlaEscalated.TYPE);

  /** Every event due by the fleet's last minute fired, exactly once, and was notified once. */
  static void check(KefuDay day) {
    if (day.fleet == null) {
      return;
    }
    long expected = SlaFleet.eventsDueBy(day.clocks, day.now);
    long logged = 0;
    long position = 0;
    for (List<StoredEvent> page = day.fleet.storage.eventLog().readAfter(0, 10_000); !page.isEmpty();
        page = day.fleet.storage.eventLog().readAfter(position, 10_000)) {
      for (StoredEvent e : page) {
        if (TIMER_EVENTS.contains(e.event().type())) {
          logged++;
        }
      }
      position = page.get(page.size() - 1).position();
    }
    require("kefu", day.clocks, day.now, expected, logged, day.fleet.sent.get());
  }

  static void check(PollingDay day) {
    if (day.engine == null) {
      return;
    }
    long expected = SlaFleet.eventsDueBy(day.clocks, day.now);
    long logged = day.engine.events().stream().filter(e -> TIMER_EVENTS.contains(e.type())).count();
    require("baseline", day.clocks, day.now, expected, logged, day.sent.get() - day.sentBefore);
  }

  private static void require(String arm, int clocks, Instant now, long expected, long logged, long notified) {
    if (logged != expected || notified != expected) {
      throw new IllegalStateException(String.format(
          "%s, %,d clocks at %s: %,d timer events were due, %,d were logged and %,d notified", arm, clocks, now, expected,
          logged, notified));
    }
    if (!now.isBefore(SlaFleet.lastEventAt()) && expected != (long) SlaFleet.EVENTS_PER_CLOCK * clocks) {
      throw new IllegalStateException(arm + ": a finished day must fire " + SlaFleet.EVENTS_PER_CLOCK + " events per clock");
    }
  }
}
