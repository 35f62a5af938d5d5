package dev.kefu.workforce;

import dev.kefu.calendar.OpenPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The planning intervals of a day or a week as real instants. A day runs from the start of its
 * local date in the shop's zone to the start of the next one, so a day on which the clocks go
 * forward has 23 hours (92 quarter-hours) and one on which they go back 25 (100); a week runs
 * Monday to Sunday. Intervals step through real time from the day's start; if a day's length is
 * not a multiple of the interval length (no zone does this today), its last interval is shorter.
 *
 * <p>Stateless and thread-safe.
 */
public final class IntervalGrid {

  private IntervalGrid() {}

  /**
   * The intervals of one local date.
   *
   * @param date the local date
   * @param zone the shop's zone
   * @param length the interval length: a whole number of minutes that divides an hour (15 or 30)
   * @return the intervals, in order, covering the day without gaps
   * @throws IllegalArgumentException if the length does not divide an hour into whole minutes
   */
  public static List<OpenPeriod> day(LocalDate date, ZoneId zone, Duration length) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    checkLength(length);
    List<OpenPeriod> out = new ArrayList<>();
    addDay(out, date, zone, length);
    return List.copyOf(out);
  }

  /**
   * The intervals of the Monday-to-Sunday week that contains {@code anyDay}.
   *
   * @param anyDay a date in the week
   * @param zone the shop's zone
   * @param length the interval length: a whole number of minutes that divides an hour (15 or 30)
   * @return the intervals, in order: 672 quarter-hours in a week without a clock change
   * @throws IllegalArgumentException if the length does not divide an hour into whole minutes
   */
  public static List<OpenPeriod> week(LocalDate anyDay, ZoneId zone, Duration length) {
    Objects.requireNonNull(anyDay, "anyDay");
    Objects.requireNonNull(zone, "zone");
    checkLength(length);
    LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<OpenPeriod> out = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      addDay(out, monday.plusDays(d), zone, length);
    }
    return List.copyOf(out);
  }

  private static void checkLength(Duration length) {
    Objects.requireNonNull(length, "length");
    boolean ok = Problems.positive(length) && length.toSecondsPart() == 0 && length.getNano() == 0
        && length.toMinutes() <= 60 && 60 % length.toMinutes() == 0;
    if (!ok) {
      throw new IllegalArgumentException("the interval length must be a whole number of minutes dividing an hour (15 or 30),"
          + " was " + length);
    }
  }

  private static void addDay(List<OpenPeriod> out, LocalDate date, ZoneId zone, Duration length) {
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    for (Instant t = start; t.isBefore(end); ) {
      Instant next = t.plus(length);
      if (next.isAfter(end)) {
        next = end;
      }
      out.add(new OpenPeriod(t, next));
      t = next;
    }
  }
}
