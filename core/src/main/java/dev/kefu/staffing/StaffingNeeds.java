package dev.kefu.staffing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a week's coverage says HR should hear (ST-15): the agent-hours short of the scheduling
 * requirement and spare beyond it, the largest shortage in one interval, and from them the hires
 * and releases. A shortage is the requirement after shrinkage less the agent-equivalents rostered
 * (those on leave included: shrinkage already allows for leave and breaks);
 * hires are the short agent-hours over one agent's weekly working time, rounded up, and at least
 * the largest interval shortage rounded up; releases are possible only without any shortage, as
 * many whole agents as every interval can spare.
 *
 * @param shortAgentHours agent-hours short of the requirement, summed over the intervals
 * @param spareAgentHours agent-hours rostered beyond the requirement
 * @param largestShortage the most agent-equivalents missing in one interval
 * @param hires agents to hire, in full-time equivalents
 * @param releases agents who could be released or lent
 * @param intervalsShort how many intervals are short
 */
public record StaffingNeeds(double shortAgentHours, double spareAgentHours, double largestShortage, int hires, int releases,
    int intervalsShort) {

  /**
   * The needs from a week's coverage.
   *
   * @param coverage the week's coverage
   * @param hoursPerAgent one agent's working time over the span the coverage covers: for a week,
   *     for example, 51 hours (six 9.5-hour shifts less an hour's meal each); for one day, 8.5
   * @return the needs
   * @throws IllegalArgumentException if the weekly hours are not positive
   */
  public static StaffingNeeds from(Coverage coverage, Duration hoursPerAgent) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(hoursPerAgent, "hoursPerAgent");
    if (hoursPerAgent.isNegative() || hoursPerAgent.isZero()) {
      throw new IllegalArgumentException("weekly hours per agent must be positive, got " + hoursPerAgent);
    }
    double shortHours = 0;
    double spareHours = 0;
    double largest = 0;
    double leastSpare = Double.POSITIVE_INFINITY;
    int intervalsShort = 0;
    List<IntervalCoverage> intervals = coverage.intervals();
    for (IntervalCoverage i : intervals) {
      double hours = Duration.between(i.start(), i.end()).toMillis() / 3_600_000.0;
      double diff = i.rostered() + i.onLeave() - i.requiredScheduled(); // shrinkage allows for leave and breaks
      if (diff < -1e-9) {
        shortHours += -diff * hours;
        largest = Math.max(largest, -diff);
        intervalsShort++;
      } else {
        spareHours += diff * hours;
      }
      if (i.requiredScheduled() > 0) {
        leastSpare = Math.min(leastSpare, diff);
      }
    }
    double perAgent = hoursPerAgent.toMillis() / 3_600_000.0;
    int hires = (int) Math.ceil(shortHours / perAgent - 1e-9);
    int releases = intervalsShort > 0 || leastSpare == Double.POSITIVE_INFINITY ? 0 : (int) Math.floor(leastSpare + 1e-9);
    return new StaffingNeeds(shortHours, spareHours, largest, hires, releases, intervalsShort);
  }

  /** @return the report's summary line for HR (ST-15) */
  public String summary() {
    return String.format(java.util.Locale.ROOT, "ST-15 staffing needs, against the agents to schedule: %d interval(s) short "
        + "by %.1f agent-hours (at most %.1f at once), %.1f spare; hire %d, release %d", intervalsShort, shortAgentHours,
        largestShortage, spareAgentHours, hires, releases);
  }
}
