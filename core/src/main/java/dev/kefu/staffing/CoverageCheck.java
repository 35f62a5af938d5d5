package dev.kefu.staffing;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.workforce.IntervalRequirement;
import dev.kefu.workforce.RequirementTable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks a roster against a requirement table, and places breaks by volume.
 *
 * <ul>
 *   <li>{@code ST-13}: team leads take contacts too, and count at a share of an agent, 30% by
 *       default, which the supervisor sets by volume; agents and VIP agents count whole; shift
 *       leads, QA, supervisors and managers do not count;
 *   <li>a shift counts in an interval by the share of the interval it covers; approved leave and
 *       placed breaks take their agent-equivalents out;
 *   <li>{@code ST-12}: {@link #placeBreaks} places each shift's breaks, shift by shift, where they
 *       leave the most agents to spare over the intervals they cover, so every interval stays
 *       covered where the roster allows; ties go to the earliest start.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageCheck {

  private final StaffDirectory directory;
  private final double teamLeadShare;
  private final Duration breakStep;

  private CoverageCheck(StaffDirectory directory, double teamLeadShare, Duration breakStep) {
    this.directory = directory;
    this.teamLeadShare = teamLeadShare;
    this.breakStep = breakStep;
  }

  /**
   * A check with team leads at 30% (ST-13) and breaks placed on a 15-minute step.
   *
   * @param directory the roles of the rostered staff
   * @return the check
   */
  public static CoverageCheck of(StaffDirectory directory) {
    return new CoverageCheck(Objects.requireNonNull(directory, "directory"), 0.3, Duration.ofMinutes(15));
  }

  /**
   * A copy with another team-lead share (ST-13).
   *
   * @param share the share of an agent a team lead counts for, 0 to 1
   * @return the copy
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public CoverageCheck withTeamLeadShare(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the team-lead share is between 0 and 1, got " + share);
    }
    return new CoverageCheck(directory, share, breakStep);
  }

  /**
   * A copy placing breaks on another step.
   *
   * @param step the step between candidate break starts
   * @return the copy
   * @throws IllegalArgumentException if the step is not positive
   */
  public CoverageCheck withBreakStep(Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("the break step must be positive, got " + step);
    }
    return new CoverageCheck(directory, teamLeadShare, step);
  }

  /**
   * What a member of staff counts for on the desk (ST-13).
   *
   * @param agent the member
   * @return 1 for agents, the share for team leads, 0 for everyone else and unknown staff
   */
  public double weightOf(StaffId agent) {
    Role role = directory.find(agent).map(m -> m.role()).orElse(null);
    if (role == null) {
      return 0;
    }
    return switch (role) {
      case AGENT, VIP_AGENT -> 1.0;
      case TEAM_LEAD -> teamLeadShare;
      default -> 0.0;
    };
  }

  /**
   * The coverage of a roster, with the given breaks.
   *
   * @param table what each interval needs
   * @param rosters the rosters of the weeks the table spans (a week's table needs its own week,
   *     and the week before for the Sunday night shift running into Monday)
   * @param breaks breaks placed so far
   * @return the coverage
   */
  public Coverage check(RequirementTable table, List<Roster> rosters, List<PlacedBreak> breaks) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(rosters, "rosters");
    Objects.requireNonNull(breaks, "breaks");
    List<Shift> shifts = new ArrayList<>();
    List<Shift> leave = new ArrayList<>();
    for (Roster r : rosters) {
      for (Shift s : r.shifts()) {
        (r.onLeave(s.agent(), s.date()) ? leave : shifts).add(s);
      }
    }
    List<IntervalCoverage> out = new ArrayList<>();
    for (IntervalRequirement req : table.intervals()) {
      double rostered = 0;
      double away = 0;
      double onBreak = 0;
      for (Shift s : shifts) {
        rostered += weightOf(s.agent()) * overlap(s.start(), s.end(), req.start(), req.end());
      }
      for (Shift s : leave) {
        away += weightOf(s.agent()) * overlap(s.start(), s.end(), req.start(), req.end());
      }
      for (PlacedBreak b : breaks) {
        onBreak += weightOf(b.agent()) * overlap(b.start(), b.end(), req.start(), req.end());
      }
      out.add(new IntervalCoverage(req.start(), req.end(), req.agents(), req.scheduled(), rostered, away, onBreak, rostered - onBreak));
    }
    return new Coverage(out, breaks);
  }

  private static double overlap(Instant from, Instant to, Instant start, Instant end) {
    Instant a = from.isAfter(start) ? from : start;
    Instant b = to.isBefore(end) ? to : end;
    if (!b.isAfter(a)) {
      return 0;
    }
    return (double) Duration.between(a, b).toMillis() / Duration.between(start, end).toMillis();
  }

  /**
   * Places the breaks of the shifts that start on a date (ST-12): shift by shift (the earliest
   * start first), each break at the candidate start in its window, on the break step from the
   * window's opening, that leaves the largest smallest gap over the intervals it covers; ties go to
   * the earliest. Agents who count for nothing on the desk take their breaks at the window's
   * opening. Shifts on leave have no breaks.
   *
   * @param table what each interval needs
   * @param rosters the rosters of the weeks involved
   * @param date the date whose shifts get their breaks
   * @return the coverage with the placed breaks
   */
  public Coverage placeBreaks(RequirementTable table, List<Roster> rosters, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Shift> today = new ArrayList<>();
    for (Roster r : rosters) {
      for (Shift s : r.shifts()) {
        if (s.date().equals(date) && !r.onLeave(s.agent(), s.date())) {
          today.add(s);
        }
      }
    }
    today.sort(Comparator.comparing(Shift::start).thenComparing(s -> s.agent().value()));
    Coverage base = check(table, rosters, List.of());
    // the intervals by start, and their gaps, updated as breaks are placed
    List<IntervalCoverage> byStart = new ArrayList<>(base.intervals());
    byStart.sort(Comparator.comparing(IntervalCoverage::start));
    double[] gap = new double[byStart.size()];
    for (int i = 0; i < gap.length; i++) {
      gap[i] = byStart.get(i).gap();
    }
    List<PlacedBreak> placed = new ArrayList<>();
    for (Shift s : today) {
      for (ShiftBreak b : s.template().breaks()) {
        Instant first = s.start().plus(b.earliestAfterStart());
        Instant last = s.start().plus(b.latestAfterStart());
        double weight = weightOf(s.agent());
        Instant best = first;
        double bestScore = Double.NEGATIVE_INFINITY;
        if (weight > 0) {
          for (Instant c = first; !c.isAfter(last); c = c.plus(breakStep)) {
            double score = worstGapDuring(byStart, gap, c, c.plus(b.length()), weight);
            if (score > bestScore + 1e-9) {
              bestScore = score;
              best = c;
            }
          }
          Instant end = best.plus(b.length());
          for (int i = firstTouching(byStart, best); i < gap.length && byStart.get(i).start().isBefore(end); i++) {
            gap[i] -= weight * overlap(best, end, byStart.get(i).start(), byStart.get(i).end());
          }
        }
        placed.add(new PlacedBreak(s.agent(), b.name(), best, best.plus(b.length())));
      }
    }
    return check(table, rosters, placed);
  }

  // the first interval (by start) that ends after an instant
  private static int firstTouching(List<IntervalCoverage> byStart, Instant at) {
    int lo = 0;
    int hi = byStart.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byStart.get(mid).end().isAfter(at)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // the smallest gap over the intervals a break would touch, once the break is taken
  private static double worstGapDuring(List<IntervalCoverage> byStart, double[] gap, Instant from, Instant to, double weight) {
    double worst = Double.POSITIVE_INFINITY;
    for (int i = firstTouching(byStart, from); i < gap.length && byStart.get(i).start().isBefore(to); i++) {
      double share = overlap(from, to, byStart.get(i).start(), byStart.get(i).end());
      if (share > 0) {
        worst = Math.min(worst, gap[i] - weight * share);
      }
    }
    return worst == Double.POSITIVE_INFINITY ? 0 : worst;
  }
}
