package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An agent's state over time, as the host reports changes: available, busy, break, meeting,
 * offline. Before the first change the agent is offline. Attendance, lateness, time off post and
 * adherence are derived from it ({@link Attendance}).
 *
 * <p>Immutable and thread-safe; {@link #with(Instant, AgentState)} returns a copy.
 */
public final class StateTimeline {

  private final StaffId agent;
  private final NavigableMap<Instant, AgentState> changes;

  private StateTimeline(StaffId agent, NavigableMap<Instant, AgentState> changes) {
    this.agent = agent;
    this.changes = changes;
  }

  /**
   * An empty timeline: offline throughout.
   *
   * @param agent whose
   * @return the timeline
   */
  public static StateTimeline of(StaffId agent) {
    return new StateTimeline(Objects.requireNonNull(agent, "agent"), new TreeMap<>());
  }

  /** @return whose timeline it is */
  public StaffId agent() {
    return agent;
  }

  /**
   * A copy with a change of state; a later report for the same instant replaces an earlier one.
   *
   * @param at when the state changed
   * @param state the new state
   * @return the copy
   */
  public StateTimeline with(Instant at, AgentState state) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(state, "state");
    TreeMap<Instant, AgentState> copy = new TreeMap<>(changes);
    copy.put(at, state);
    return new StateTimeline(agent, copy);
  }

  /**
   * The state at an instant.
   *
   * @param at the instant
   * @return the state then
   */
  public AgentState stateAt(Instant at) {
    Map.Entry<Instant, AgentState> e = changes.floorEntry(Objects.requireNonNull(at, "at"));
    return e == null ? AgentState.OFFLINE : e.getValue();
  }

  /**
   * The periods between two instants, cut to them, consecutive equal states merged.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the periods, in order, covering {@code [from, to)}
   */
  public List<StatePeriod> periods(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<StatePeriod> out = new ArrayList<>();
    if (!to.isAfter(from)) {
      return out;
    }
    Instant start = from;
    AgentState state = stateAt(from);
    for (Map.Entry<Instant, AgentState> e : changes.subMap(from, false, to, false).entrySet()) {
      if (e.getValue() != state) {
        out.add(new StatePeriod(state, start, e.getKey()));
        start = e.getKey();
        state = e.getValue();
      }
    }
    out.add(new StatePeriod(state, start, to));
    return out;
  }

  /**
   * How long the agent was at work ({@link AgentState#atWork()}) between two instants.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the time at work
   */
  public Duration atWork(Instant from, Instant to) {
    Duration d = Duration.ZERO;
    for (StatePeriod p : periods(from, to)) {
      if (p.state().atWork()) {
        d = d.plus(p.length());
      }
    }
    return d;
  }

  /**
   * The first instant in {@code [from, to)} at which the agent is at work.
   *
   * @param from the start
   * @param to the end
   * @return the instant, or empty if the agent is never at work then
   */
  public Optional<Instant> firstAtWork(Instant from, Instant to) {
    return periods(from, to).stream().filter(p -> p.state().atWork()).map(StatePeriod::start).findFirst();
  }

  /**
   * When the agent's stretch at work that includes an instant ends.
   *
   * @param at an instant at which the agent is at work
   * @return the first later change to a state not at work, or empty if none is reported
   */
  Optional<Instant> endOfWorkFrom(Instant at) {
    for (Map.Entry<Instant, AgentState> e : changes.tailMap(at, false).entrySet()) {
      if (!e.getValue().atWork()) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateTimeline t && agent.equals(t.agent) && changes.equals(t.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agent, changes);
  }

  @Override
  public String toString() {
    return "StateTimeline[" + agent.value() + ", " + changes.size() + " changes]";
  }
}
