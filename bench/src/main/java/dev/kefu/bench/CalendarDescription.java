package dev.kefu.bench;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business calendar as plain data, so that {@link CalendarBenchmark} builds kefu's
 * {@link BusinessCalendar} and the {@link MinuteSteppingOracle} from the same definition. A copy
 * of the test class of the same name in kefu-core, without what only the tests need.
 *
 * @param zone the zone
 * @param weekly the working hours of each day of the week (a missing day has none)
 * @param holidays whole-day holidays
 * @param closures partial holidays: the closed windows of a date
 * @param overrides dated overrides: the working hours that replace a date's weekly ones
 */
record CalendarDescription(
    ZoneId zone,
    Map<DayOfWeek, List<WorkingHours>> weekly,
    Set<LocalDate> holidays,
    Map<LocalDate, List<WorkingHours>> closures,
    Map<LocalDate, List<WorkingHours>> overrides) {

  /** @return the calendar this describes */
  BusinessCalendar build() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    weekly.forEach((day, hours) -> b.weekly(day, hours.toArray(WorkingHours[]::new)));
    holidays.forEach(b::holiday);
    closures.forEach((date, windows) -> windows.forEach(w -> b.partialHoliday(date, w)));
    overrides.forEach((date, hours) -> b.override(date, hours.toArray(WorkingHours[]::new)));
    return b.build();
  }
}
