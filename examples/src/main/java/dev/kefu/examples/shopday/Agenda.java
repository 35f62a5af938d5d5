package dev.kefu.examples.shopday;

import dev.kefu.examples.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * What happens next in the simulated day: steps ordered by time, and among steps at the same
 * time by the order they were scheduled in, so a run is the same every time. Running a step moves
 * the {@link SimulatedClock} to the step's time first.
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class Agenda {

  private record Step(Instant at, long order, Runnable action) {}

  private final PriorityQueue<Step> steps =
      new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
  private final SimulatedClock clock;
  private long scheduled;

  /**
   * Creates an empty agenda.
   *
   * @param clock the clock it moves
   */
  Agenda(SimulatedClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @return the current simulated time */
  Instant now() {
    return clock.instant();
  }

  /**
   * Schedules a step.
   *
   * @param time when it happens; not before now
   * @param action what happens
   * @throws IllegalArgumentException if {@code time} is in the simulated past
   */
  void at(Instant time, Runnable action) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(action, "action");
    if (time.isBefore(now())) {
      throw new IllegalArgumentException("cannot schedule in the past: " + time + " is before " + now());
    }
    steps.add(new Step(time, scheduled++, action));
  }

  /**
   * Schedules a step some time from now.
   *
   * @param delay how long from now; not negative
   * @param action what happens
   */
  void after(Duration delay, Runnable action) {
    at(now().plus(delay), action);
  }

  /**
   * Runs every step before a time, in order (steps may schedule further steps), then moves the
   * clock to that time.
   *
   * @param end the time to stop at, exclusive
   */
  void runUntil(Instant end) {
    while (!steps.isEmpty() && steps.peek().at().isBefore(end)) {
      Step next = steps.poll();
      clock.moveTo(next.at());
      next.action().run();
    }
    if (now().isBefore(end)) {
      clock.moveTo(end);
    }
  }

  /** @return how many steps are scheduled and not yet run */
  int pending() {
    return steps.size();
  }
}
