package dev.kefu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Instant at(ZoneId zone, String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
  }

  /** Shop A (ST-2): early 08:30-18:00 and late 17:30-01:00 every day. */
  private final BusinessCalendar shopA = BusinessCalendar.builder(SHANGHAI)
      .everyDay(WorkingHours.parse("08:30-18:00"), WorkingHours.parse("17:30-01:00"))
      .build();

  /** Split shifts with a lunch break, weekdays only. */
  private final BusinessCalendar office = BusinessCalendar.builder(SHANGHAI)
      .weekdays(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00"))
      .build();

  @Test
  @DisplayName("ST-2: the late shift 17:30-01:00 runs past midnight and belongs to the day it starts on")
  void overnightLateShift() {
    assertThat(shopA.isOpen(at(SHANGHAI, "2026-03-02T00:30"))).isTrue(); // Sunday's late shift
    assertThat(shopA.isOpen(at(SHANGHAI, "2026-03-02T01:00"))).isFalse();
    assertThat(shopA.nextOpening(at(SHANGHAI, "2026-03-02T01:00"))).isEqualTo(at(SHANGHAI, "2026-03-02T08:30"));
    // 30 minutes from 00:45: 15 minutes tonight, 15 more after 08:30
    assertThat(shopA.plus(at(SHANGHAI, "2026-03-02T00:45"), Duration.ofMinutes(30))).isEqualTo(at(SHANGHAI, "2026-03-02T08:45"));
    // the overlap 17:30-18:00 counts once: 08:30 to 01:00 is 16.5 hours of working time
    assertThat(shopA.between(at(SHANGHAI, "2026-03-02T08:30"), at(SHANGHAI, "2026-03-03T01:00"))).isEqualTo(Duration.ofMinutes(990));
  }

  @Test
  @DisplayName("split shifts: the lunch break and the weekend do not count; a due time may equal a closing time")
  void splitShifts() {
    Instant friday11 = at(SHANGHAI, "2026-03-06T11:00");
    assertThat(office.plus(friday11, Duration.ofHours(1))).isEqualTo(at(SHANGHAI, "2026-03-06T12:00"));
    assertThat(office.plus(friday11, Duration.ofHours(2))).isEqualTo(at(SHANGHAI, "2026-03-06T14:00"));
    assertThat(office.plus(friday11, Duration.ofHours(7))).isEqualTo(at(SHANGHAI, "2026-03-09T10:00"));
    assertThat(office.between(friday11, at(SHANGHAI, "2026-03-09T10:00"))).isEqualTo(Duration.ofHours(7));
    assertThat(office.isOpen(at(SHANGHAI, "2026-03-06T12:30"))).isFalse();
  }

  @Test
  @DisplayName("holidays remove the day's intervals, not the previous evening's overnight part; partial holidays and overrides")
  void holidaysAndOverrides() {
    BusinessCalendar c = shopA.toBuilder()
        .holiday(LocalDate.of(2026, 3, 3))
        .partialHoliday(LocalDate.of(2026, 3, 4), WorkingHours.parse("12:00-20:00"))
        .override(LocalDate.of(2026, 11, 11), WorkingHours.parse("00:00-00:00"))
        .build();
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-03T00:30"))).isTrue(); // Monday's late shift
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-03T10:00"))).isFalse();
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T00:30"))).isFalse(); // the holiday's own late shift is gone
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T11:00"))).isTrue();
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T13:00"))).isFalse();
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T21:00"))).isTrue();
    assertThat(c.isOpen(at(SHANGHAI, "2026-11-11T04:00"))).isTrue();
  }

  @Test
  @DisplayName("daylight saving: a night shift on the night clocks go back lasts 9 hours; a time in the gap moves forward")
  void daylightSaving() {
    BusinessCalendar nights = BusinessCalendar.builder(NEW_YORK).everyDay(WorkingHours.parse("22:00-06:00")).build();
    // 2026-11-01: clocks go back at 02:00 in New York
    Instant start = at(NEW_YORK, "2026-10-31T22:00");
    Instant end = at(NEW_YORK, "2026-11-01T06:00");
    assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(9));
    assertThat(nights.between(start, end)).isEqualTo(Duration.ofHours(9));
    assertThat(nights.plus(start, Duration.ofHours(9))).isEqualTo(end);
    BusinessCalendar gap = BusinessCalendar.builder(NEW_YORK).everyDay(WorkingHours.parse("02:30-04:00")).build();
    // 2026-03-08: clocks go forward at 02:00, so 02:30 is 03:30
    assertThat(gap.openPeriods(LocalDate.of(2026, 3, 8))).singleElement()
        .satisfies(p -> {
          assertThat(p.start()).isEqualTo(at(NEW_YORK, "2026-03-08T03:30"));
          assertThat(p.length()).isEqualTo(Duration.ofMinutes(30));
        });
  }

  @Test
  @DisplayName("long durations jump whole weeks and agree with short steps")
  void weeks() {
    Instant monday = at(SHANGHAI, "2026-03-02T09:00");
    Instant due = office.plus(monday, Duration.ofHours(8 * 5 * 10)); // ten working weeks
    assertThat(due).isEqualTo(at(SHANGHAI, "2026-05-08T18:00"));
    assertThat(office.between(monday, due)).isEqualTo(Duration.ofHours(400));
    Instant stepped = monday;
    for (int i = 0; i < 50; i++) {
      stepped = office.plus(stepped, Duration.ofHours(8));
    }
    assertThat(stepped).isEqualTo(due);
  }

  @Test
  @DisplayName("no working time, or none within the horizon, fails clearly instead of looping")
  void noWorkingTime() {
    BusinessCalendar empty = BusinessCalendar.builder(SHANGHAI).build();
    assertThatThrownBy(() -> empty.plus(Instant.EPOCH, Duration.ofMinutes(1))).isInstanceOf(CalendarException.class)
        .hasMessageContaining("no working time");
    BusinessCalendar once = BusinessCalendar.builder(SHANGHAI).override(LocalDate.of(2026, 1, 1), WorkingHours.parse("09:00-10:00"))
        .horizon(java.time.Period.ofYears(1)).build();
    assertThatThrownBy(() -> once.plus(at(SHANGHAI, "2026-01-01T09:00"), Duration.ofHours(2))).isInstanceOf(CalendarException.class)
        .hasMessageContaining("horizon");
    assertThat(empty.between(Instant.EPOCH, Instant.EPOCH.plusSeconds(100))).isZero();
  }

  @Test
  @DisplayName("the 24/7 calendar counts real time")
  void alwaysOpen() {
    BusinessCalendar all = BusinessCalendar.alwaysOpen(NEW_YORK);
    Instant a = at(NEW_YORK, "2026-03-07T12:00");
    assertThat(all.plus(a, Duration.ofDays(30))).isEqualTo(a.plus(Duration.ofDays(30)));
    assertThat(all.between(a, a.plus(Duration.ofDays(400)))).isEqualTo(Duration.ofDays(400));
    assertThat(all.isOpen(a)).isTrue();
    assertThat(DayOfWeek.values()).allSatisfy(d -> assertThat(all.openPeriods(LocalDate.of(2026, 3, 2).with(d))).hasSize(1));
  }

  @Test
  @DisplayName("toBuilder keeps the hours as given, even where overlapping intervals merge into more than 24 hours")
  void toBuilderKeepsOverlappingHours() {
    // found by BusinessCalendarProperties: the merged 00:00-06:00 (next day) came back as 00:00-06:00
    BusinessCalendar c = BusinessCalendar.builder(SHANGHAI)
        .everyDay(WorkingHours.parse("00:00-00:00"), WorkingHours.parse("22:00-06:00"))
        .build();
    BusinessCalendar copy = c.toBuilder().build();
    assertThat(copy.isOpen(at(SHANGHAI, "2026-03-02T12:00"))).isTrue();
    assertThat(copy.between(at(SHANGHAI, "2026-03-02T00:00"), at(SHANGHAI, "2026-03-03T00:00"))).isEqualTo(Duration.ofHours(24));
    assertThat(copy.toBuilder().build().openPeriods(LocalDate.of(2026, 3, 2))).isEqualTo(c.openPeriods(LocalDate.of(2026, 3, 2)));
  }

  @Test
  @DisplayName("the horizon holds when whole weeks are jumped: a due beyond it throws, regular weeks or not")
  void horizonStopsWeekJumps() {
    // found by BusinessCalendarProperties: with 8 hours a week, 8 hours 1 minute jumped a whole week
    // past a one-day horizon and answered the next Monday
    BusinessCalendar mondays = BusinessCalendar.builder(SHANGHAI).weekly(DayOfWeek.MONDAY, WorkingHours.parse("09:00-17:00"))
        .horizon(java.time.Period.ofDays(1)).build();
    Instant sunday = at(SHANGHAI, "2026-03-01T12:00");
    assertThat(mondays.plus(sunday, Duration.ofHours(8))).isEqualTo(at(SHANGHAI, "2026-03-02T17:00"));
    assertThatThrownBy(() -> mondays.plus(sunday, Duration.ofMinutes(481))).isInstanceOf(CalendarException.class)
        .hasMessageContaining("horizon");
    BusinessCalendar all = BusinessCalendar.alwaysOpen(SHANGHAI);
    assertThatThrownBy(() -> all.plus(sunday, Duration.ofDays(366L * 6))).isInstanceOf(CalendarException.class)
        .hasMessageContaining("horizon");
    assertThatThrownBy(() -> all.plus(sunday, Duration.ofDays(366L * 400))).isInstanceOf(CalendarException.class);
    assertThatThrownBy(() -> all.between(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(366L * 400))))
        .isInstanceOf(CalendarException.class);
  }

  // ---- counterexamples found by BusinessCalendarProperties, shrunk and tidied ---------------

  @Test
  @DisplayName("daylight saving: overlapping intervals count as their union as instants, even when one starts in the gap")
  void unionAsInstantsAcrossTheGap() {
    // 2024-03-10: clocks go forward at 02:00 in New York, so 02:30 is 03:30 and starts after 03:00.
    // Merging in local time first made 02:30-05:00 swallow 03:00-04:00: 03:00-03:30 was lost.
    BusinessCalendar c = BusinessCalendar.builder(NEW_YORK)
        .weekly(DayOfWeek.SUNDAY, WorkingHours.parse("02:30-05:00"), WorkingHours.parse("03:00-04:00"))
        .build();
    Instant sunday = at(NEW_YORK, "2024-03-10T00:00");
    assertThat(c.isOpen(at(NEW_YORK, "2024-03-10T03:15"))).isTrue();
    assertThat(c.nextOpening(sunday)).isEqualTo(at(NEW_YORK, "2024-03-10T03:00"));
    assertThat(c.between(sunday, at(NEW_YORK, "2024-03-10T12:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(c.plus(sunday, Duration.ofMinutes(1))).isEqualTo(at(NEW_YORK, "2024-03-10T03:01"));
    assertThat(c.openPeriods(LocalDate.of(2024, 3, 10)))
        .containsExactly(new OpenPeriod(at(NEW_YORK, "2024-03-10T03:00"), at(NEW_YORK, "2024-03-10T05:00")));
  }

  @Test
  @DisplayName("daylight saving: an interval whose start moves past its end in the gap is empty and adds no time")
  void intervalEmptiedByTheGap() {
    // 02:08-03:00 on 2024-03-10 in New York runs from 03:08 to 03:00: nothing. plus counted it as
    // minus 8 minutes and answered Tuesday 02:16.
    BusinessCalendar nights = BusinessCalendar.builder(NEW_YORK).everyDay(WorkingHours.parse("02:08-03:00")).build();
    assertThat(nights.openPeriods(LocalDate.of(2024, 3, 10))).isEmpty();
    assertThat(nights.plus(at(NEW_YORK, "2024-03-09T03:00"), Duration.ofMinutes(52))).isEqualTo(at(NEW_YORK, "2024-03-11T03:00"));
    assertThat(nights.between(at(NEW_YORK, "2024-03-09T12:00"), at(NEW_YORK, "2024-03-11T12:00"))).isEqualTo(Duration.ofMinutes(52));
  }

  @Test
  @DisplayName("ST-2: a partial holiday that cuts the evening off an overnight interval leaves a rest that starts after the next day's first interval")
  void restOfACutOvernightInterval() {
    // The closure leaves Tuesday's 20:00-04:00 as 02:30-04:00 on Wednesday, after Wednesday's own
    // 00:00-02:00. Walking Tuesday's intervals before Wednesday's skipped 00:00-02:00.
    BusinessCalendar c = BusinessCalendar.builder(SHANGHAI)
        .everyDay(WorkingHours.parse("00:00-02:00"), WorkingHours.parse("20:00-04:00"))
        .partialHoliday(LocalDate.of(2026, 3, 3), WorkingHours.parse("20:00-02:30"))
        .build();
    Instant tuesday23 = at(SHANGHAI, "2026-03-03T23:00");
    assertThat(c.nextOpening(tuesday23)).isEqualTo(at(SHANGHAI, "2026-03-04T00:00"));
    assertThat(c.plus(tuesday23, Duration.ofHours(2))).isEqualTo(at(SHANGHAI, "2026-03-04T02:00"));
    assertThat(c.plus(tuesday23, Duration.ofMinutes(150))).isEqualTo(at(SHANGHAI, "2026-03-04T03:00"));
    assertThat(c.between(tuesday23, at(SHANGHAI, "2026-03-04T05:00"))).isEqualTo(Duration.ofMinutes(210));
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T02:15"))).isFalse();
    assertThat(c.openPeriods(LocalDate.of(2026, 3, 3))).containsExactly(
        new OpenPeriod(at(SHANGHAI, "2026-03-03T00:00"), at(SHANGHAI, "2026-03-03T02:00")),
        new OpenPeriod(at(SHANGHAI, "2026-03-04T02:30"), at(SHANGHAI, "2026-03-04T04:00")));
  }

  @Test
  @DisplayName("daylight saving: a closed window is turned into instants like any interval, so one ending in the gap ends an hour later")
  void closedWindowEndingInTheGap() {
    // 2026-03-08 in New York: closed 01:30-02:30 is 01:30 EST to 03:30 EDT, which also closes
    // 03:00-03:30 of the second interval.
    BusinessCalendar c = BusinessCalendar.builder(NEW_YORK)
        .weekly(DayOfWeek.SUNDAY, WorkingHours.parse("01:00-02:40"), WorkingHours.parse("03:00-04:00"))
        .partialHoliday(LocalDate.of(2026, 3, 8), WorkingHours.parse("01:30-02:30"))
        .build();
    assertThat(c.isOpen(at(NEW_YORK, "2026-03-08T03:15"))).isFalse();
    assertThat(c.openPeriods(LocalDate.of(2026, 3, 8))).containsExactly(
        new OpenPeriod(at(NEW_YORK, "2026-03-08T01:00"), at(NEW_YORK, "2026-03-08T01:30")),
        new OpenPeriod(at(NEW_YORK, "2026-03-08T03:30"), at(NEW_YORK, "2026-03-08T04:00")));
    assertThat(c.between(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-08T12:00"))).isEqualTo(Duration.ofHours(1));
  }

  // ---- hand-made calendars, expectations computed by hand ----------------------------------

  @Test
  @DisplayName("ST-2: Shop B, early 09:30-18:30 and late 13:30-22:30: the overlap counts once, a due may be the closing time")
  void shopB() {
    BusinessCalendar shopB = BusinessCalendar.builder(SHANGHAI)
        .everyDay(WorkingHours.parse("09:30-18:30"), WorkingHours.parse("13:30-22:30"))
        .build();
    // 09:30 to 22:30 is 13 hours a day
    assertThat(shopB.between(at(SHANGHAI, "2026-03-02T09:30"), at(SHANGHAI, "2026-03-03T09:30"))).isEqualTo(Duration.ofHours(13));
    assertThat(shopB.plus(at(SHANGHAI, "2026-03-02T09:30"), Duration.ofHours(13))).isEqualTo(at(SHANGHAI, "2026-03-02T22:30"));
    // 20:00 plus 4 hours: 2.5 hours tonight, 1.5 hours from 09:30 tomorrow
    assertThat(shopB.plus(at(SHANGHAI, "2026-03-02T20:00"), Duration.ofHours(4))).isEqualTo(at(SHANGHAI, "2026-03-03T11:00"));
    assertThat(shopB.isOpen(at(SHANGHAI, "2026-03-02T13:45"))).isTrue();
    assertThat(shopB.isOpen(at(SHANGHAI, "2026-03-02T22:30"))).isFalse();
    assertThat(shopB.nextOpening(at(SHANGHAI, "2026-03-02T23:00"))).isEqualTo(at(SHANGHAI, "2026-03-03T09:30"));
    assertThat(shopB.openPeriods(LocalDate.of(2026, 3, 2)))
        .containsExactly(new OpenPeriod(at(SHANGHAI, "2026-03-02T09:30"), at(SHANGHAI, "2026-03-02T22:30")));
  }

  @Test
  @DisplayName("daylight saving: in Berlin an 8-hour night shift 22:00-06:00 lasts 7 hours over the spring-forward night and 9 over the fall-back night")
  void berlinNightShift() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar nights = BusinessCalendar.builder(berlin).everyDay(WorkingHours.parse("22:00-06:00")).build();
    // 2026-03-29: 02:00 CET becomes 03:00 CEST. 22:00 CET is 21:00Z, 06:00 CEST is 04:00Z.
    Instant saturday22 = Instant.parse("2026-03-28T21:00:00Z");
    Instant sunday06 = Instant.parse("2026-03-29T04:00:00Z");
    assertThat(nights.openPeriods(LocalDate.of(2026, 3, 28))).containsExactly(new OpenPeriod(saturday22, sunday06));
    assertThat(nights.between(saturday22, sunday06)).isEqualTo(Duration.ofHours(7));
    assertThat(nights.plus(saturday22, Duration.ofHours(7))).isEqualTo(sunday06);
    // one more minute is the first minute of Sunday night: 22:00 CEST is 20:00Z
    assertThat(nights.plus(saturday22, Duration.ofMinutes(7 * 60 + 1))).isEqualTo(Instant.parse("2026-03-29T20:01:00Z"));
    assertThat(nights.isOpen(Instant.parse("2026-03-29T03:59:00Z"))).isTrue();
    assertThat(nights.isOpen(sunday06)).isFalse();
    // 2026-10-25: 03:00 CEST becomes 02:00 CET. 22:00 CEST is 20:00Z, 06:00 CET is 05:00Z.
    assertThat(nights.between(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-25T05:00:00Z"))).isEqualTo(Duration.ofHours(9));
    assertThat(nights.plus(Instant.parse("2026-10-24T20:00:00Z"), Duration.ofHours(9))).isEqualTo(Instant.parse("2026-10-25T05:00:00Z"));
  }

  @Test
  @DisplayName("a partial holiday closes the afternoon of a split-shift day; the morning still works")
  void partialHolidayClosesTheAfternoon() {
    BusinessCalendar c = office.toBuilder().partialHoliday(LocalDate.of(2026, 3, 4), WorkingHours.parse("12:00-18:00")).build();
    // Wednesday 11:00 plus 2 hours: 1 hour until 12:00, then Thursday 09:00-10:00
    assertThat(c.plus(at(SHANGHAI, "2026-03-04T11:00"), Duration.ofHours(2))).isEqualTo(at(SHANGHAI, "2026-03-05T10:00"));
    assertThat(c.between(at(SHANGHAI, "2026-03-04T09:00"), at(SHANGHAI, "2026-03-05T09:00"))).isEqualTo(Duration.ofHours(3));
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-04T14:00"))).isFalse();
    assertThat(c.isOpen(at(SHANGHAI, "2026-03-03T14:00"))).isTrue();
    assertThat(c.nextOpening(at(SHANGHAI, "2026-03-04T12:00"))).isEqualTo(at(SHANGHAI, "2026-03-05T09:00"));
    assertThat(c.openPeriods(LocalDate.of(2026, 3, 4)))
        .containsExactly(new OpenPeriod(at(SHANGHAI, "2026-03-04T09:00"), at(SHANGHAI, "2026-03-04T12:00")));
  }

  @Test
  @DisplayName("ST-2: an 11.11 override with extended hours 08:00-02:00 replaces Shop A's day, after-midnight part included")
  void singlesDayOverride() {
    BusinessCalendar c = shopA.toBuilder().override(LocalDate.of(2026, 11, 11), WorkingHours.parse("08:00-02:00")).build();
    assertThat(c.isOpen(at(SHANGHAI, "2026-11-11T08:15"))).isTrue();
    assertThat(c.isOpen(at(SHANGHAI, "2026-11-10T08:15"))).isFalse();
    assertThat(c.isOpen(at(SHANGHAI, "2026-11-12T01:30"))).isTrue();
    assertThat(c.isOpen(at(SHANGHAI, "2026-11-13T01:30"))).isFalse();
    // Tuesday's late shift until 01:00 is 1 hour, then 08:00 to 02:00 is 18 hours
    assertThat(c.between(at(SHANGHAI, "2026-11-11T00:00"), at(SHANGHAI, "2026-11-12T08:30"))).isEqualTo(Duration.ofHours(19));
    // 01:30 plus 1 hour: 30 minutes until 02:00, 30 minutes from 08:30
    assertThat(c.plus(at(SHANGHAI, "2026-11-12T01:30"), Duration.ofHours(1))).isEqualTo(at(SHANGHAI, "2026-11-12T09:00"));
    assertThat(c.openPeriods(LocalDate.of(2026, 11, 11)))
        .containsExactly(new OpenPeriod(at(SHANGHAI, "2026-11-11T08:00"), at(SHANGHAI, "2026-11-12T02:00")));
  }
}
