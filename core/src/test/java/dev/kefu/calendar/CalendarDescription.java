package dev.kefu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;

/**
 * A business calendar as plain data. The property tests generate one of these and build both the
 * {@link BusinessCalendar} under test and the {@link MinuteSteppingOracle} from it, so the two
 * always describe the same shop. Public, with the oracle, for kefu-bench's calendar baseline
 * (this module's test jar).
 *
 * @param zone the zone
 * @param weekly the working hours of each day of the week (a missing day has none)
 * @param holidays whole-day holidays
 * @param closures partial holidays: the closed windows of a date
 * @param overrides dated overrides: the working hours that replace a date's weekly ones
 * @param horizon the search horizon
 */
public record CalendarDescription(
    ZoneId zone,
    Map<DayOfWeek, List<WorkingHours>> weekly,
    NavigableSet<LocalDate> holidays,
    NavigableMap<LocalDate, List<WorkingHours>> closures,
    NavigableMap<LocalDate, List<WorkingHours>> overrides,
    Period horizon) {

  /** @return the calendar this describes */
  public BusinessCalendar build() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone).horizon(horizon);
    weekly.forEach((day, hours) -> b.weekly(day, hours.toArray(WorkingHours[]::new)));
    holidays.forEach(b::holiday);
    closures.forEach((date, windows) -> windows.forEach(w -> b.partialHoliday(date, w)));
    overrides.forEach((date, hours) -> b.override(date, hours.toArray(WorkingHours[]::new)));
    return b.build();
  }

  /** @return the same calendar with another horizon */
  CalendarDescription withHorizon(Period value) {
    return new CalendarDescription(zone, weekly, holidays, closures, overrides, value);
  }

  /**
   * A lower bound of the working minutes in a regular week: half the sum of each day's longest
   * interval, as the intervals of a date lie within two days and so cover any instant at most
   * twice. Tests bound their durations with it so that searches stay well inside the horizon.
   */
  long weekMinutesAtLeast() {
    return weekly.values().stream()
        .mapToLong(hours -> hours.stream().mapToLong(h -> h.nominalLength().toMinutes()).max().orElse(0))
        .sum() / 2;
  }
}
