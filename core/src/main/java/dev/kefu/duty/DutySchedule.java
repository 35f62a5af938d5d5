package dev.kefu.duty;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.CalendarException;
import dev.kefu.calendar.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a duty comes due, evaluated on the shop's business calendar: every working day at a time,
 * by a deadline, at the start of each shift, on days of the month. Local times are in the
 * calendar's zone (a time in a daylight-saving gap moves forward by the gap).
 *
 * <p>Implementations are pure functions; thread-safe.
 */
public interface DutySchedule {

  /**
   * The next occurrence strictly after an instant.
   *
   * @param after the instant
   * @param calendar the shop's calendar
   * @return the next occurrence
   * @throws CalendarException if none lies within the calendar's horizon
   */
  Occurrence next(Instant after, BusinessCalendar calendar);

  /**
   * One occurrence of a duty.
   *
   * @param at when it comes due
   * @param deadline when it must be done by, for duties with a deadline
   */
  record Occurrence(Instant at, Optional<Instant> deadline) {
    /**
     * Creates an occurrence.
     *
     * @throws NullPointerException if an argument is null
     */
    public Occurrence {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * Every working day (a day on which the calendar has working time) at a local time, for
   * example the 16:00 payment reminders of TK-7.
   *
   * @param time the local time
   * @return the schedule
   */
  static DutySchedule workingDaysAt(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return (after, calendar) -> new Occurrence(nextDay(after, calendar, time, d -> !calendar.openPeriods(d).isEmpty()), Optional.empty());
  }

  /**
   * Every working day, due {@code lead} before a local deadline, for example shipping notices
   * sent by 20:30 (TK-9).
   *
   * @param deadline the local deadline
   * @param lead how long before the deadline the duty comes due
   * @return the schedule
   */
  static DutySchedule workingDaysBy(LocalTime deadline, Duration lead) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(lead, "lead");
    if (lead.isNegative()) {
      throw new IllegalArgumentException("the lead cannot be negative, was " + lead);
    }
    return (after, calendar) -> {
      Instant due = nextDay(after.plus(lead), calendar, deadline, d -> !calendar.openPeriods(d).isEmpty());
      return new Occurrence(due.minus(lead), Optional.of(due));
    };
  }

  /**
   * At the start of each shift, for example to hand an agent the shift's worklist (TK-16). Shifts
   * overlap (ST-2), so they are given here rather than read from the calendar's merged working
   * time: a shift starts on every date the calendar works, at a start time the calendar is open.
   *
   * @param shifts the shift templates, for example early 08:30-18:00 and late 17:30-01:00
   * @return the schedule
   */
  static DutySchedule atShiftStarts(WorkingHours... shifts) {
    if (shifts.length == 0) {
      throw new IllegalArgumentException("name at least one shift");
    }
    List<LocalTime> starts = java.util.Arrays.stream(shifts).map(WorkingHours::start).sorted().distinct().toList();
    return (after, calendar) -> {
      LocalDate day = LocalDate.ofInstant(after, calendar.zone());
      LocalDate limit = day.plus(calendar.horizon());
      for (; !day.isAfter(limit); day = day.plusDays(1)) {
        if (calendar.openPeriods(day).isEmpty()) {
          continue;
        }
        for (LocalTime start : starts) {
          Instant at = ZonedDateTime.of(day, start, calendar.zone()).toInstant();
          if (at.isAfter(after) && calendar.isOpen(at)) {
            return new Occurrence(at, Optional.empty());
          }
        }
      }
      throw new CalendarException("no shift starts after " + after + " within the horizon of " + calendar.horizon());
    };
  }

  /**
   * On given days of the month at a local time, working day or not, for example member revisits
   * on the 1st and 15th (RV-6). A day the month lacks (the 31st in April) is skipped.
   *
   * @param time the local time
   * @param days the days of the month, 1 to 31
   * @return the schedule
   */
  static DutySchedule daysOfMonthAt(LocalTime time, Integer... days) {
    Objects.requireNonNull(time, "time");
    Set<Integer> set = new TreeSet<>(Set.of(days));
    if (set.isEmpty() || set.stream().anyMatch(d -> d < 1 || d > 31)) {
      throw new IllegalArgumentException("days of the month must be 1 to 31, were " + set);
    }
    return (after, calendar) -> new Occurrence(nextDay(after, calendar, time, d -> set.contains(d.getDayOfMonth())), Optional.empty());
  }

  /**
   * Every day at a local time, working day or not, for example the payment reminders of TK-7 at
   * 16:00 on the order day, whichever day that is.
   *
   * @param time the local time
   * @return the schedule
   */
  static DutySchedule everyDayAt(LocalTime time) {
    Objects.requireNonNull(time, "time");
    return (after, calendar) -> new Occurrence(nextDay(after, calendar, time, d -> true), Optional.empty());
  }

  /**
   * Every day, working day or not, due {@code lead} before a local deadline, for example the
   * day's shipping notices sent by 20:30 (TK-9).
   *
   * @param deadline the local deadline
   * @param lead how long before the deadline the duty comes due
   * @return the schedule
   */
  static DutySchedule everyDayBy(LocalTime deadline, Duration lead) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(lead, "lead");
    if (lead.isNegative()) {
      throw new IllegalArgumentException("the lead cannot be negative, was " + lead);
    }
    return (after, calendar) -> {
      Instant due = nextDay(after.plus(lead), calendar, deadline, d -> true);
      return new Occurrence(due.minus(lead), Optional.of(due));
    };
  }

  /**
   * Once a week on a day at a local time, for example the Saturday 16:00 summary of rejected and
   * returned shipments (TK-13).
   *
   * @param day the day of the week
   * @param time the local time
   * @return the schedule
   */
  static DutySchedule weeklyAt(java.time.DayOfWeek day, LocalTime time) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    return (after, calendar) -> new Occurrence(nextDay(after, calendar, time, d -> d.getDayOfWeek() == day), Optional.empty());
  }

  /** The first instant after {@code after} at {@code time} on a day the test accepts. */
  private static Instant nextDay(Instant after, BusinessCalendar calendar, LocalTime time,
      java.util.function.Predicate<LocalDate> accept) {
    LocalDate day = LocalDate.ofInstant(after, calendar.zone());
    LocalDate limit = day.plus(calendar.horizon());
    for (; !day.isAfter(limit); day = day.plusDays(1)) {
      if (accept.test(day)) {
        Instant at = ZonedDateTime.of(day, time, calendar.zone()).toInstant();
        if (at.isAfter(after)) {
          return at;
        }
      }
    }
    throw new CalendarException("no occurrence after " + after + " within the horizon of " + calendar.horizon());
  }
}
