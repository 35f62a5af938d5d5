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
}
