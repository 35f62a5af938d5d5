package dev.kefu.staffing;

import java.time.Instant;
import java.util.Objects;

/**
 * How one interval is covered: what it needs, what the roster puts there, who is away, and the
 * gap. Staff count in agent-equivalents: a team lead at the configured share (ST-13), an agent
 * whose shift covers part of the interval by that part.
 *
 * @param start the interval's first instant
 * @param end the first instant after it
 * @param requiredAgents the productive agents the interval needs
 * @param requiredScheduled the agents to schedule for it after shrinkage
 * @param rostered the agent-equivalents on shift, leave excluded
 * @param onLeave the agent-equivalents rostered but on approved leave
 * @param onBreak the agent-equivalents on a placed break
 * @param available the agent-equivalents at work: rostered less those on a break
 */
public record IntervalCoverage(Instant start, Instant end, int requiredAgents, int requiredScheduled, double rostered,
    double onLeave, double onBreak, double available) {

  /**
   * Creates an interval's coverage.
   *
   * @throws NullPointerException if an argument is null
   */
  public IntervalCoverage {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** @return available less required: negative when the interval is short of agents */
  public double gap() {
    return available - requiredAgents;
  }

  /** @return whether enough agents are at work */
  public boolean isCovered() {
    return gap() >= -1e-9;
  }
}
