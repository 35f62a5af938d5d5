package dev.kefu.staffing;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives attendance from the roster and the agents' state timelines, and records it daily by
 * team (ST-16):
 *
 * <ul>
 *   <li>arrival is the first instant at work (available, busy or in a meeting) during the shift;
 *       lateness is arrival less the shift's start;
 *   <li>{@code ST-9}: never at work, arriving {@link #lateIsAbsence() 20 minutes} or more late, or
 *       a stretch away from work of 20 minutes or more beyond the break allowance (the shift's
 *       longest break, for a stretch that includes a break), without approved leave, is absence;
 *   <li>{@code ST-2}: for a shift that runs on while customers wait, the time still at work after
 *       its end is overtime;
 *   <li>adherence to the roster: the share of the shift the agent spent as rostered — at work, or
 *       on a break up to the shift's total break allowance.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Attendance {

  private final Duration lateIsAbsence;
  private final Duration offPostIsAbsence;
  private final StaffDirectory directory;

  private Attendance(Duration lateIsAbsence, Duration offPostIsAbsence, StaffDirectory directory) {
    this.lateIsAbsence = lateIsAbsence;
    this.offPostIsAbsence = offPostIsAbsence;
    this.directory = directory;
  }

  /**
   * Attendance with the source shop's thresholds, 20 minutes late and 20 minutes off post.
   *
   * @param directory who leads whom
   * @return the policy
   */
  public static Attendance defaults(StaffDirectory directory) {
    return of(Duration.ofMinutes(20), Duration.ofMinutes(20), directory);
  }

  /**
   * Attendance with other thresholds.
   *
   * @param lateIsAbsence lateness from which a day counts as absence
   * @param offPostIsAbsence time off post from which a day counts as absence
   * @param directory who leads whom
   * @return the policy
   * @throws IllegalArgumentException if a threshold is not positive
   */
  public static Attendance of(Duration lateIsAbsence, Duration offPostIsAbsence, StaffDirectory directory) {
    Objects.requireNonNull(lateIsAbsence, "lateIsAbsence");
    Objects.requireNonNull(offPostIsAbsence, "offPostIsAbsence");
    Objects.requireNonNull(directory, "directory");
    if (lateIsAbsence.isNegative() || lateIsAbsence.isZero() || offPostIsAbsence.isNegative() || offPostIsAbsence.isZero()) {
      throw new IllegalArgumentException("absence thresholds must be positive, got " + lateIsAbsence + " and " + offPostIsAbsence);
    }
    return new Attendance(lateIsAbsence, offPostIsAbsence, directory);
  }

  /** @return lateness from which a day counts as absence */
  public Duration lateIsAbsence() {
    return lateIsAbsence;
  }

  /**
   * One agent's attendance on one day.
   *
   * @param roster the week's roster
   * @param agent the agent
   * @param date a date of the week
   * @param timeline the agent's state timeline
   * @return the record
   */
  public AttendanceRecord evaluate(Roster roster, StaffId agent, LocalDate date, StateTimeline timeline) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(timeline, "timeline");
    Optional<Shift> found = roster.shift(agent, date);
    if (roster.onLeave(agent, date)) {
      return new AttendanceRecord(agent, date, AttendanceStatus.ON_LEAVE, found, Duration.ZERO, List.of(), Duration.ZERO, 0, List.of());
    }
    if (found.isEmpty()) {
      return new AttendanceRecord(agent, date, AttendanceStatus.REST, found, Duration.ZERO, List.of(), Duration.ZERO, 0, List.of());
    }
    Shift shift = found.get();
    List<RuleFinding> findings = new ArrayList<>();
    Optional<Instant> arrival = timeline.firstAtWork(shift.start(), shift.end());
    if (arrival.isEmpty()) {
      findings.add(RuleFinding.of("ST-9", agent, date, "not at work during the shift, without approved leave"));
      return new AttendanceRecord(agent, date, AttendanceStatus.ABSENT, found, shift.length(), List.of(), Duration.ZERO, 0, findings);
    }
    Duration late = Duration.between(shift.start(), arrival.get());
    if (late.compareTo(lateIsAbsence) >= 0) {
      findings.add(RuleFinding.of("ST-9", agent, date, RosterRules.minutes(late) + " late without approved leave, "
          + RosterRules.minutes(lateIsAbsence) + " or more is absence"));
    }
    List<StatePeriod> offPost = offPost(shift, timeline, arrival.get());
    for (StatePeriod p : offPost) {
      if (p.length().compareTo(offPostIsAbsence) >= 0) {
        findings.add(RuleFinding.of("ST-9", agent, date, RosterRules.minutes(p.length()) + " off post, "
            + RosterRules.minutes(offPostIsAbsence) + " or more is absence"));
      }
    }
    Duration overtime = Duration.ZERO;
    if (shift.template().extendsWhileCustomersWait() && timeline.stateAt(shift.end()).atWork()) {
      overtime = timeline.endOfWorkFrom(shift.end()).map(e -> Duration.between(shift.end(), e)).orElse(Duration.ZERO);
    }
    double adherence = adherence(shift, timeline);
    AttendanceStatus status = !findings.isEmpty() ? AttendanceStatus.ABSENT
        : late.isZero() ? AttendanceStatus.PRESENT : AttendanceStatus.LATE;
    return new AttendanceRecord(agent, date, status, found, late, offPost, overtime, adherence, findings);
  }

  private static double adherence(Shift shift, StateTimeline timeline) {
    Duration allowance = shift.template().breaks().stream().map(ShiftBreak::length).reduce(Duration.ZERO, Duration::plus);
    Duration atWork = Duration.ZERO;
    Duration onBreak = Duration.ZERO;
    for (StatePeriod p : timeline.periods(shift.start(), shift.end())) {
      if (p.state().atWork()) {
        atWork = atWork.plus(p.length());
      } else if (p.state() == AgentState.BREAK) {
        onBreak = onBreak.plus(p.length());
      }
    }
    Duration asRostered = atWork.plus(onBreak.compareTo(allowance) < 0 ? onBreak : allowance);
    return (double) asRostered.toMillis() / shift.length().toMillis();
  }

  // the stretches away from work after arrival, less the break allowance for a stretch with a break
  private static List<StatePeriod> offPost(Shift shift, StateTimeline timeline, Instant arrival) {
    Duration allowance = shift.template().breaks().stream().map(ShiftBreak::length).max(Duration::compareTo).orElse(Duration.ZERO);
    List<StatePeriod> out = new ArrayList<>();
    Instant awayFrom = null;
    boolean onBreak = false;
    List<StatePeriod> periods = timeline.periods(arrival, shift.end());
    for (int i = 0; i <= periods.size(); i++) {
      StatePeriod p = i < periods.size() ? periods.get(i) : null;
      if (p != null && !p.state().atWork()) {
        if (awayFrom == null) {
          awayFrom = p.start();
          onBreak = false;
        }
        onBreak |= p.state() == AgentState.BREAK;
      } else if (awayFrom != null) {
        Instant back = p == null ? shift.end() : p.start();
        Instant from = onBreak ? awayFrom.plus(allowance) : awayFrom;
        if (back.isAfter(from)) {
          out.add(new StatePeriod(AgentState.OFFLINE, from, back));
        }
        awayFrom = null;
      }
    }
    return out;
  }

  /**
   * A team's attendance for a day, recorded by its team lead (ST-16): one record for every agent
   * on the roster whose reporting line includes the lead.
   *
   * @param roster the week's roster
   * @param date a date of the week
   * @param timelines the agents' timelines; an agent without one was offline all day
   * @param teamLead who records
   * @return the sheet
   * @throws IllegalArgumentException if the recorder is not a lead
   */
  public AttendanceSheet record(Roster roster, LocalDate date, Map<StaffId, StateTimeline> timelines, StaffId teamLead) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(timelines, "timelines");
    Role role = directory.find(teamLead).map(StaffMember::role)
        .orElseThrow(() -> new IllegalArgumentException("unknown team lead " + teamLead));
    if (!role.isLead()) {
      throw new IllegalArgumentException("attendance is recorded by a team lead (ST-16), " + teamLead + " is " + role);
    }
    List<AttendanceRecord> records = new ArrayList<>();
    for (StaffId agent : roster.agents()) {
      boolean inTeam = directory.reportingLine(agent).stream().anyMatch(m -> m.id().equals(teamLead));
      if (inTeam) {
        records.add(evaluate(roster, agent, date, timelines.getOrDefault(agent, StateTimeline.of(agent))));
      }
    }
    return new AttendanceSheet(date, teamLead, records);
  }

  /**
   * The disciplinary records a day's sheet earns (ST-9, ST-10): one per absence, sanctioned by
   * the agent's history.
   *
   * @param sheet the day's sheet
   * @param history earlier records
   * @param discipline how breaches are sanctioned
   * @return the new records
   */
  public List<DisciplinaryRecord> discipline(AttendanceSheet sheet, List<DisciplinaryRecord> history, Discipline discipline) {
    List<DisciplinaryRecord> all = new ArrayList<>(history);
    List<DisciplinaryRecord> out = new ArrayList<>();
    for (AttendanceRecord r : sheet.records()) {
      if (r.status() == AttendanceStatus.ABSENT) {
        DisciplinaryRecord d = discipline.breach(all, r.agent(), r.date(), "ST-9", "absence: "
            + r.findings().stream().map(RuleFinding::detail).reduce((a, b) -> a + "; " + b).orElse("absent"));
        all.add(d);
        out.add(d);
      }
    }
    return out;
  }
}
