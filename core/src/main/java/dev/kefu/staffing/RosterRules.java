package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a week's roster must keep, each a named policy, all of them applied and every finding
 * collected:
 *
 * <ul>
 *   <li>{@code ST-3} at least one rest day per agent per week, and, where a
 *       {@link RestDayRotation} is configured, the rotation's day among them;
 *   <li>{@code ST-2} the weekly early/late rotation, where configured: an agent who worked only
 *       one of the pair last week works only the other this week;
 *   <li>{@code LIMIT-REST}, {@code LIMIT-DAYS}, {@code LIMIT-HOURS}: the {@link LabourLimits},
 *       counted across the end of the previous week when it is given.
 * </ul>
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()}.
 */
public final class RosterRules {

  /** The rule ID of the rest-between-shifts limit. */
  public static final String LIMIT_REST = "LIMIT-REST";
  /** The rule ID of the consecutive-days limit. */
  public static final String LIMIT_DAYS = "LIMIT-DAYS";
  /** The rule ID of the weekly-hours limit. */
  public static final String LIMIT_HOURS = "LIMIT-HOURS";

  private final LabourLimits limits;
  private final Optional<RestDayRotation> restRotation;
  private final Optional<List<ShiftTemplate>> weeklyRotation;

  private RosterRules(LabourLimits limits, Optional<RestDayRotation> restRotation, Optional<List<ShiftTemplate>> weeklyRotation) {
    this.limits = limits;
    this.restRotation = restRotation;
    this.weeklyRotation = weeklyRotation;
  }

  /** @return the rules with {@link LabourLimits#defaults()} and no rotation */
  public static RosterRules defaults() {
    return new RosterRules(LabourLimits.defaults(), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with other labour limits.
   *
   * @param value the limits
   * @return the copy
   */
  public RosterRules withLimits(LabourLimits value) {
    return new RosterRules(Objects.requireNonNull(value, "value"), restRotation, weeklyRotation);
  }

  /**
   * A copy that checks rest days against a rotation (ST-3).
   *
   * @param value the rotation
   * @return the copy
   */
  public RosterRules withRestDayRotation(RestDayRotation value) {
    return new RosterRules(limits, Optional.of(value), weeklyRotation);
  }

  /**
   * A copy that checks the weekly early/late rotation (ST-2, shop B).
   *
   * @param early one shift of the pair
   * @param late the other
   * @return the copy
   */
  public RosterRules withWeeklyRotation(ShiftTemplate early, ShiftTemplate late) {
    return new RosterRules(limits, restRotation, Optional.of(List.of(early, late)));
  }

  /** @return the labour limits */
  public LabourLimits limits() {
    return limits;
  }

  /**
   * Checks a week's roster on its own.
   *
   * @param roster the roster
   * @return every finding
   */
  public RosterCheck check(Roster roster) {
    return check(roster, Optional.empty());
  }

  /**
   * Checks a week's roster, counting rest, consecutive days and rotations across the previous
   * week's roster.
   *
   * @param roster the roster
   * @param previousWeek the week before, if known
   * @return every finding
   * @throws IllegalArgumentException if the previous roster is not the week before
   */
  public RosterCheck check(Roster roster, Optional<Roster> previousWeek) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(previousWeek, "previousWeek");
    previousWeek.ifPresent(p -> {
      if (!p.weekStart().plusWeeks(1).equals(roster.weekStart())) {
        throw new IllegalArgumentException("the previous roster is the week of " + p.weekStart() + ", not the week before " + roster.weekStart());
      }
    });
    List<RuleFinding> out = new ArrayList<>();
    for (StaffId a : roster.agents()) {
      restDays(roster, a, out);
    }
    for (StaffId a : roster.agents()) {
      weeklyRotation(roster, previousWeek, a, out);
    }
    for (StaffId a : roster.agents()) {
      rest(roster, previousWeek, a, out);
    }
    for (StaffId a : roster.agents()) {
      consecutiveDays(roster, previousWeek, a, out);
    }
    for (StaffId a : roster.agents()) {
      weeklyHours(roster, a, out);
    }
    return new RosterCheck(out);
  }

  // ST-3: one rest day a week, on the rotation's day where there is one
  private void restDays(Roster roster, StaffId agent, List<RuleFinding> out) {
    List<LocalDate> rest = roster.restDays(agent);
    if (rest.isEmpty()) {
      out.add(RuleFinding.of("ST-3", agent, null, "no rest day in the week of " + roster.weekStart()));
      return;
    }
    restRotation.filter(r -> r.agents().contains(agent)).ifPresent(r -> {
      LocalDate due = r.restDay(agent, roster.weekStart());
      if (!rest.contains(due)) {
        out.add(RuleFinding.of("ST-3", agent, due, "the rotation's rest day " + due.getDayOfWeek() + " is rostered as a working day"));
      }
    });
  }

  // ST-2: weekly early/late rotation
  private void weeklyRotation(Roster roster, Optional<Roster> previous, StaffId agent, List<RuleFinding> out) {
    if (weeklyRotation.isEmpty() || previous.isEmpty()) {
      return;
    }
    List<ShiftTemplate> pair = weeklyRotation.get();
    Optional<ShiftTemplate> last = onlyOf(previous.get().shiftsOf(agent), pair);
    if (last.isEmpty()) {
      return;
    }
    ShiftTemplate expected = pair.get(0).equals(last.get()) ? pair.get(1) : pair.get(0);
    for (Shift s : roster.shiftsOf(agent)) {
      if (pair.contains(s.template()) && !s.template().equals(expected)) {
        out.add(RuleFinding.of("ST-2", agent, s.date(), "worked " + last.get().id() + " last week, so " + expected.id()
            + " this week by the weekly rotation, rostered " + s.template().id()));
      }
    }
  }

  private static Optional<ShiftTemplate> onlyOf(List<Shift> shifts, List<ShiftTemplate> pair) {
    List<ShiftTemplate> used = shifts.stream().map(Shift::template).filter(pair::contains).distinct().toList();
    return used.size() == 1 ? Optional.of(used.get(0)) : Optional.empty();
  }

  private static List<Shift> withPrevious(Roster roster, Optional<Roster> previous, StaffId agent) {
    List<Shift> shifts = new ArrayList<>();
    previous.ifPresent(p -> shifts.addAll(p.shiftsOf(agent)));
    shifts.addAll(roster.shiftsOf(agent));
    return shifts;
  }

  // LIMIT-REST: rest between consecutive shifts
  private void rest(Roster roster, Optional<Roster> previous, StaffId agent, List<RuleFinding> out) {
    List<Shift> shifts = withPrevious(roster, previous, agent);
    for (int i = 1; i < shifts.size(); i++) {
      Shift before = shifts.get(i - 1);
      Shift next = shifts.get(i);
      Duration gap = Duration.between(before.end(), next.start());
      if (gap.compareTo(limits.minimumRest()) < 0) {
        out.add(RuleFinding.of(LIMIT_REST, agent, next.date(), "only " + minutes(gap) + " between the shift of " + before.date()
            + " and this one, at least " + minutes(limits.minimumRest()) + " required"));
      }
    }
  }

  // LIMIT-DAYS: consecutive working days, across the week boundary
  private void consecutiveDays(Roster roster, Optional<Roster> previous, StaffId agent, List<RuleFinding> out) {
    List<Shift> shifts = withPrevious(roster, previous, agent);
    int run = 0;
    boolean reported = false;
    LocalDate last = null;
    for (Shift s : shifts) {
      run = last != null && last.plusDays(1).equals(s.date()) ? run + 1 : 1;
      reported = run > 1 && reported;
      last = s.date();
      if (run > limits.maxConsecutiveDays() && !reported && !s.date().isBefore(roster.weekStart())) {
        reported = true;
        out.add(RuleFinding.of(LIMIT_DAYS, agent, s.date(), "day " + run + " in a row, at most "
            + limits.maxConsecutiveDays() + " allowed"));
      }
    }
  }

  // LIMIT-HOURS: working time in the week
  private void weeklyHours(Roster roster, StaffId agent, List<RuleFinding> out) {
    Duration total = Duration.ZERO;
    for (Shift s : roster.shiftsOf(agent)) {
      total = total.plus(workingTime(s));
    }
    if (total.compareTo(limits.maxWeeklyHours()) > 0) {
      out.add(RuleFinding.of(LIMIT_HOURS, agent, null, minutes(total) + " of work in the week of " + roster.weekStart()
          + ", at most " + minutes(limits.maxWeeklyHours())));
    }
  }

  /**
   * A shift's working time: its real length less its breaks.
   *
   * @param shift the shift
   * @return the working time
   */
  static Duration workingTime(Shift shift) {
    Duration d = shift.length();
    for (ShiftBreak b : shift.template().breaks()) {
      d = d.minus(b.length());
    }
    return d;
  }

  static String minutes(Duration d) {
    long m = d.toMinutes();
    return m < 60 ? m + " min" : m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }
}
