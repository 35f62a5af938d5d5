package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The supervisor's rest-day rotation (ST-3): the agents in a fixed order, the i-th resting in the
 * week of an anchor Monday on day {@code i mod 7} (Monday = 0), and every agent's rest day moving
 * one day later each week. Rest days are spread evenly over the week, and over seven weeks every
 * agent rests once on every weekday.
 *
 * <p>Immutable and thread-safe.
 */
public final class RestDayRotation {

  private final List<StaffId> agents;
  private final LocalDate anchor;

  private RestDayRotation(List<StaffId> agents, LocalDate anchor) {
    this.agents = agents;
    this.anchor = anchor;
  }

  /**
   * A rotation.
   *
   * @param agents the agents, in rotation order; no repeats
   * @param anchorMonday the Monday of the rotation's first week
   * @return the rotation
   * @throws IllegalArgumentException if an agent repeats or the anchor is not a Monday
   */
  public static RestDayRotation of(List<StaffId> agents, LocalDate anchorMonday) {
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(anchorMonday, "anchorMonday");
    if (anchorMonday.getDayOfWeek() != DayOfWeek.MONDAY || agents.stream().distinct().count() != agents.size()) {
      throw new IllegalArgumentException("a rotation needs distinct agents and a Monday anchor, got " + anchorMonday);
    }
    return new RestDayRotation(List.copyOf(agents), anchorMonday);
  }

  /**
   * An agent's rest day in a week.
   *
   * @param agent an agent of the rotation
   * @param monday the week's Monday
   * @return the rest day
   * @throws IllegalArgumentException if the agent is not in the rotation or the date is not a Monday
   */
  public LocalDate restDay(StaffId agent, LocalDate monday) {
    int i = agents.indexOf(agent);
    if (i < 0 || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("no rest day for " + agent + " in the week of " + monday);
    }
    long weeks = ChronoUnit.WEEKS.between(anchor, monday);
    return monday.plusDays(Math.floorMod(i + weeks, 7));
  }

  /**
   * A week's roster: every agent works their shift six days and rests on the rotation's day.
   *
   * @param roster the week's empty roster builder (zone and Monday)
   * @param shiftOf each agent's shift this week
   * @return the roster
   */
  public Roster plan(Roster.Builder roster, Function<StaffId, ShiftTemplate> shiftOf) {
    Roster empty = roster.build();
    Roster.Builder b = empty.toBuilder();
    for (StaffId a : agents) {
      LocalDate rest = restDay(a, empty.weekStart());
      for (LocalDate d : empty.dates()) {
        if (!d.equals(rest)) {
          b.assign(a, d, shiftOf.apply(a));
        }
      }
    }
    return b.build();
  }

  /** @return the agents in rotation order */
  public List<StaffId> agents() {
    return agents;
  }

  /**
   * The agents resting on each day of a week.
   *
   * @param monday the week's Monday
   * @return per date, who rests
   */
  public Map<LocalDate, List<StaffId>> restingIn(LocalDate monday) {
    Map<LocalDate, List<StaffId>> out = new java.util.TreeMap<>();
    for (StaffId a : agents) {
      out.computeIfAbsent(restDay(a, monday), d -> new ArrayList<>()).add(a);
    }
    return out;
  }
}
