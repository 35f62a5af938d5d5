package dev.kefu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * {@link BusinessCalendar} over generated calendars and instants: zones with and without daylight
 * saving (southern, half-hour and 45-minute offsets among them), 0–3 working intervals per
 * weekday (split, overlapping, overnight, whole days), holidays, partial holidays and overrides
 * near the instants, and instants concentrated around the zone's daylight-saving transitions
 * (mostly in 2024–2030, sometimes in the years where the calendar's precomputed offsets end).
 * Small cases are checked against {@link MinuteSteppingOracle}, built from the same
 * {@link CalendarDescription}.
 */
class BusinessCalendarProperties {

  static final List<ZoneId> ZONES = Stream.of(
      "America/New_York", "Europe/Berlin", "Australia/Sydney", "Europe/London", "America/Santiago",
      "Asia/Shanghai", "UTC", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Australia/Lord_Howe")
      .map(ZoneId::of).toList();

  private static final int DAY_MINUTES = 24 * 60;

  /**
   * A generated calendar and an instant the generated exceptions cluster around.
   *
   * @param calendar the calendar
   * @param anchor a whole-minute instant, often within days of a daylight-saving transition
   */
  record Case(CalendarDescription calendar, Instant anchor) {

    BusinessCalendar build() {
      return calendar.build();
    }

    ZoneId zone() {
      return calendar.zone();
    }

    /** @return the anchor moved by {@code seconds} */
    Instant at(long seconds) {
      return anchor.plusSeconds(seconds);
    }

    /** @return {@code seconds} as a business duration, capped so that no search nears the horizon */
    Duration duration(long seconds) {
      return Duration.ofSeconds(Math.min(seconds, capMinutes() * 60));
    }

    /** A hundred weeks' worth of the least working time a regular week can have. */
    long capMinutes() {
      return Math.max(1, calendar.weekMinutesAtLeast()) * 100;
    }
  }

  // ---- generators: plain functions of the random source ---------------------------------------

  private static int draw(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return draw(in, 0, 99) < percent;
  }

  /** A whole-minute time of day: anywhere, or within 2.5 hours of the zone's transition time. */
  private static LocalTime time(RandomnessSource in, LocalTime hot) {
    if (chance(in, 50)) {
      return hot.plusMinutes(draw(in, -150, 150));
    }
    return LocalTime.ofSecondOfDay(draw(in, 0, DAY_MINUTES - 1) * 60L);
  }

  /** One working interval: often overnight (an end at or before the start), sometimes a whole day. */
  private static WorkingHours hours(RandomnessSource in, LocalTime hot) {
    int kind = draw(in, 0, 11);
    if (kind == 0) {
      return WorkingHours.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
    LocalTime start = time(in, hot);
    if (kind == 1) {
      return WorkingHours.of(start, start); // 24 hours from start
    }
    return WorkingHours.of(start, time(in, hot));
  }

  private static List<WorkingHours> hoursList(RandomnessSource in, LocalTime hot, int max) {
    int n = draw(in, 0, max);
    List<WorkingHours> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(hours(in, hot));
    }
    return list;
  }

  /** Generated calendars with an anchor instant; see the class comment. */
  static Gen<Case> cases() {
    return in -> {
      ZoneId zone = Generate.pick(ZONES).generate(in);
      // mostly 2024-2030; sometimes around the ends of the years the calendar precomputes offsets for
      int year = chance(in, 90) ? draw(in, 2024, 2030) : chance(in, 50) ? draw(in, 1965, 1970) : draw(in, 2098, 2103);
      LocalDate day = LocalDate.of(year, 1, 1).plusDays(draw(in, 0, 364));
      ZoneOffsetTransition transition = zone.getRules().nextTransition(day.atStartOfDay(zone).toInstant());
      Instant anchor;
      if (transition != null && chance(in, 75)) {
        int spread = chance(in, 50) ? DAY_MINUTES : 10 * DAY_MINUTES;
        anchor = transition.getInstant().plus(Duration.ofMinutes(draw(in, -spread, spread)));
      } else {
        anchor = day.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(draw(in, 0, DAY_MINUTES - 1)));
      }
      LocalTime hot = transition != null
          ? transition.getDateTimeBefore().toLocalTime()
          : LocalTime.ofSecondOfDay(draw(in, 0, DAY_MINUTES - 1) * 60L);

      Map<DayOfWeek, List<WorkingHours>> weekly = new EnumMap<>(DayOfWeek.class);
      if (chance(in, 40)) { // the same hours every day, or Monday to Friday: regular weeks
        List<WorkingHours> same = hoursList(in, hot, 3);
        boolean weekdaysOnly = chance(in, 50);
        for (DayOfWeek d : DayOfWeek.values()) {
          if (!same.isEmpty() && (!weekdaysOnly || d.getValue() <= 5)) {
            weekly.put(d, same);
          }
        }
      } else {
        for (DayOfWeek d : DayOfWeek.values()) {
          List<WorkingHours> hours = hoursList(in, hot, 3);
          if (!hours.isEmpty()) {
            weekly.put(d, hours);
          }
        }
      }
      if (weekly.isEmpty()) {
        weekly.put(DayOfWeek.MONDAY, List.of(WorkingHours.parse("09:00-17:00")));
      }

      LocalDate near = LocalDate.ofInstant(anchor, zone);
      TreeSet<LocalDate> holidays = new TreeSet<>();
      for (int i = draw(in, 0, 2); i > 0; i--) {
        holidays.add(near.plusDays(draw(in, -4, 4)));
      }
      TreeMap<LocalDate, List<WorkingHours>> closures = new TreeMap<>();
      for (int i = draw(in, 0, 2); i > 0; i--) {
        closures.computeIfAbsent(near.plusDays(draw(in, -4, 4)), k -> new ArrayList<>()).add(hours(in, hot));
      }
      TreeMap<LocalDate, List<WorkingHours>> overrides = new TreeMap<>();
      for (int i = draw(in, 0, 2); i > 0; i--) {
        overrides.put(near.plusDays(draw(in, -4, 4)), hoursList(in, hot, 3));
      }
      return new Case(new CalendarDescription(zone, weekly, Collections.unmodifiableNavigableSet(holidays),
          Collections.unmodifiableNavigableMap(closures), Collections.unmodifiableNavigableMap(overrides),
          BusinessCalendar.DEFAULT_HORIZON), anchor);
    };
  }

  /** Seconds from the anchor, within three days either side; usually whole minutes. */
  static Gen<Long> offsets() {
    return in -> draw(in, -3 * DAY_MINUTES, 3 * DAY_MINUTES) * 60L + (chance(in, 25) ? draw(in, 0, 59) : 0);
  }

  /** Whole minutes from the anchor, within three days either side. */
  static Gen<Long> minuteOffsets() {
    return integers().between(-3 * DAY_MINUTES, 3 * DAY_MINUTES).map(m -> m * 60L);
  }

  /** A business duration in seconds, up to three days; usually whole minutes. */
  static Gen<Long> durations() {
    return in -> draw(in, 1, 3 * DAY_MINUTES) * 60L + (chance(in, 25) ? draw(in, 0, 59) : 0);
  }

  /** Two offsets in order. */
  record Ordered(long first, long second) {}

  static Gen<Ordered> ordered() {
    return offsets().zip(offsets(), (x, y) -> new Ordered(Math.min(x, y), Math.max(x, y)));
  }

  private static List<OpenPeriod> periodsAround(BusinessCalendar calendar, Instant t) {
    LocalDate date = LocalDate.ofInstant(t, calendar.zone());
    List<OpenPeriod> periods = new ArrayList<>(calendar.openPeriods(date.minusDays(1)));
    periods.addAll(calendar.openPeriods(date));
    return periods;
  }

  // ---- plus ------------------------------------------------------------------------------------

  @Test
  @DisplayName("ST-2: a due instant lies in (start, end] of an open period of its date or the day before, overnight periods included; a zero duration gives the start")
  void dueLiesInAnOpenPeriod() {
    qt().withExamples(300).forAll(cases(), offsets(), durations()).checkAssert((c, offset, seconds) -> {
      BusinessCalendar calendar = c.build();
      Instant a = c.at(offset);
      Duration d = c.duration(seconds);
      Instant due = calendar.plus(a, d);
      assertThat(periodsAround(calendar, due)).as("open periods around %s", due)
          .anyMatch(p -> p.start().isBefore(due) && !due.isAfter(p.end()));
      assertThat(due).isAfterOrEqualTo(a.plus(d));
      assertThat(calendar.plus(a, Duration.ZERO)).isEqualTo(a);
    });
  }

  @Test
  @DisplayName("ST-2: a due may equal a closing time: plus(a, between(a, b)) is b when b is working time or a closing time, overnight ones included")
  void dueMayEqualAClosingTime() {
    qt().withExamples(300).forAll(cases(), offsets(), offsets()).checkAssert((c, offset, other) -> {
      BusinessCalendar calendar = c.build();
      Instant a = c.at(offset);
      LocalDate date = LocalDate.ofInstant(a, c.zone());
      List<Instant> targets = new ArrayList<>(List.of(c.at(other)));
      for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(2)); d = d.plusDays(1)) {
        calendar.openPeriods(d).forEach(p -> targets.add(p.end()));
      }
      for (Instant b : targets) {
        Duration worked = calendar.between(a, b);
        if (b.isBefore(a) || worked.isZero()) {
          continue;
        }
        Instant due = calendar.plus(a, worked);
        assertThat(due).as("plus(%s, between(%s, %s))", a, a, b).isBeforeOrEqualTo(b);
        assertThat(calendar.between(due, b)).isZero();
        if (calendar.isOpen(b.minusNanos(1))) {
          assertThat(due).as("plus(%s, between(%s, %s))", a, a, b).isEqualTo(b);
        }
      }
    });
  }

  @Test
  @DisplayName("ST-2: between(a, plus(a, d)) == d")
  void betweenUndoesPlus() {
    qt().withExamples(300).forAll(cases(), offsets(), durations()).checkAssert((c, offset, seconds) -> {
      BusinessCalendar calendar = c.build();
      Instant a = c.at(offset);
      Duration d = c.duration(seconds);
      assertThat(calendar.between(a, calendar.plus(a, d))).isEqualTo(d);
    });
  }

  @Test
  @DisplayName("plus is monotone in the start and in the duration")
  void plusIsMonotone() {
    qt().withExamples(300).forAll(cases(), ordered(), durations(), durations()).checkAssert((c, starts, s1, s2) -> {
      BusinessCalendar calendar = c.build();
      Instant a1 = c.at(starts.first());
      Instant a2 = c.at(starts.second());
      Duration d1 = c.duration(Math.min(s1, s2));
      Duration d2 = c.duration(Math.max(s1, s2));
      assertThat(calendar.plus(a1, d1)).isBeforeOrEqualTo(calendar.plus(a2, d1));
      assertThat(calendar.plus(a1, d1)).isBeforeOrEqualTo(calendar.plus(a1, d2));
    });
  }

  @Test
  @DisplayName("ST-2: plus(plus(a, d1), d2) == plus(a, d1 + d2)")
  void plusIsAssociative() {
    qt().withExamples(300).forAll(cases(), offsets(), durations(), durations()).checkAssert((c, offset, s1, s2) -> {
      BusinessCalendar calendar = c.build();
      Instant a = c.at(offset);
      Duration d1 = c.duration(s1);
      Duration d2 = c.duration(s2);
      assertThat(calendar.plus(calendar.plus(a, d1), d2)).isEqualTo(calendar.plus(a, d1.plus(d2)));
    });
  }

  @Test
  @DisplayName("long durations (weeks to months) agree with chained short steps")
  void longDurationsAgreeWithShortSteps() {
    qt().withExamples(200).forAll(cases(), offsets(), integers().between(2, 40), integers().between(60, 3 * DAY_MINUTES))
        .checkAssert((c, offset, n, minutes) -> {
          BusinessCalendar calendar = c.build();
          Instant a = c.at(offset);
          Duration step = Duration.ofMinutes(Math.max(1, Math.min(minutes, c.capMinutes() / n)));
          Instant stepped = a;
          for (int i = 0; i < n; i++) {
            stepped = calendar.plus(stepped, step);
          }
          Duration total = step.multipliedBy(n);
          assertThat(calendar.plus(a, total)).isEqualTo(stepped);
          assertThat(calendar.between(a, stepped)).isEqualTo(total);
        });
  }

  // ---- between ---------------------------------------------------------------------------------

  @Test
  @DisplayName("between is additive, antisymmetric, and never more than the wall-clock time")
  void betweenIsAdditiveAndBounded() {
    qt().withExamples(300).forAll(cases(), ordered(), offsets()).checkAssert((c, ab, third) -> {
      BusinessCalendar calendar = c.build();
      long[] s = {ab.first(), ab.second(), third};
      java.util.Arrays.sort(s);
      Instant a = c.at(s[0]);
      Instant b = c.at(s[1]);
      Instant x = c.at(s[2]);
      Duration ab1 = calendar.between(a, b);
      assertThat(ab1.plus(calendar.between(b, x))).isEqualTo(calendar.between(a, x));
      assertThat(ab1).isBetween(Duration.ZERO, Duration.between(a, b));
      assertThat(calendar.between(b, a)).isEqualTo(ab1.negated());
    });
  }

  // ---- isOpen, nextOpening, openPeriods -------------------------------------------------------

  @Test
  @DisplayName("ST-2: isOpen agrees with the open periods of the date and the day before; open periods are in order and apart")
  void isOpenAgreesWithOpenPeriods() {
    qt().withExamples(300).forAll(cases(), offsets()).checkAssert((c, offset) -> {
      BusinessCalendar calendar = c.build();
      Instant t = c.at(offset);
      assertThat(calendar.isOpen(t)).isEqualTo(periodsAround(calendar, t).stream().anyMatch(p -> p.contains(t)));
      LocalDate date = LocalDate.ofInstant(t, c.zone());
      for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
        List<OpenPeriod> periods = calendar.openPeriods(d);
        for (int i = 1; i < periods.size(); i++) {
          assertThat(periods.get(i - 1).end()).as("%s of %s", periods, d).isBefore(periods.get(i).start());
        }
      }
    });
  }

  @Test
  @DisplayName("nextOpening is the instant itself when open, else a later open instant with no working time before it")
  void nextOpeningIsOpen() {
    qt().withExamples(300).forAll(cases(), offsets()).checkAssert((c, offset) -> {
      BusinessCalendar calendar = c.build();
      Instant t = c.at(offset);
      Instant next = calendar.nextOpening(t);
      assertThat(calendar.isOpen(next)).isTrue();
      assertThat(next).isAfterOrEqualTo(t);
      if (calendar.isOpen(t)) {
        assertThat(next).isEqualTo(t);
      }
      assertThat(calendar.between(t, next)).isZero();
    });
  }

  // ---- against the minute-stepping oracle -----------------------------------------------------

  @Test
  @DisplayName("ST-2: isOpen and nextOpening agree with the minute-stepping oracle at every minute of 36 hours")
  void isOpenAndNextOpeningAgreeWithOracle() {
    qt().withExamples(200).forAll(cases(), minuteOffsets()).checkAssert((c, offset) -> {
      BusinessCalendar calendar = c.build();
      MinuteSteppingOracle oracle = new MinuteSteppingOracle(c.calendar());
      Instant from = c.at(offset);
      int minutes = 36 * 60;
      boolean[] open = new boolean[minutes];
      for (int i = 0; i < minutes; i++) {
        Instant t = from.plus(Duration.ofMinutes(i));
        open[i] = oracle.isOpen(t);
        assertThat(calendar.isOpen(t)).as("isOpen(%s)", t).isEqualTo(open[i]);
        assertThat(calendar.isOpen(t.plusSeconds(30))).as("isOpen(%s)", t.plusSeconds(30)).isEqualTo(open[i]);
      }
      int next = minutes;
      for (int i = minutes - 1; i >= 0; i--) {
        next = open[i] ? i : next;
        if (next < minutes) {
          Instant t = from.plus(Duration.ofMinutes(i));
          assertThat(calendar.nextOpening(t)).as("nextOpening(%s)", t).isEqualTo(from.plus(Duration.ofMinutes(next)));
        }
      }
      Instant giveUp = from.plus(Duration.ofDays(30));
      Optional<Instant> expected = oracle.nextOpening(from, giveUp);
      if (expected.isPresent()) {
        assertThat(calendar.nextOpening(from)).isEqualTo(expected.get());
      } else {
        assertThat(calendar.nextOpening(from)).isAfterOrEqualTo(giveUp);
      }
    });
  }

  @Test
  @DisplayName("ST-2: plus and between agree with the minute-stepping oracle on whole minutes up to three days")
  void plusAndBetweenAgreeWithOracle() {
    qt().withExamples(200).forAll(cases(), minuteOffsets(), minuteOffsets(), integers().between(0, 3 * DAY_MINUTES))
        .checkAssert((c, offset, other, minutes) -> {
          BusinessCalendar calendar = c.build();
          MinuteSteppingOracle oracle = new MinuteSteppingOracle(c.calendar());
          Instant a = c.at(offset);
          Duration d = Duration.ofMinutes(Math.min(minutes, c.capMinutes()));
          Instant giveUp = a.plus(Duration.ofDays(30));
          Optional<Instant> expected = oracle.plus(a, d, giveUp);
          if (expected.isPresent()) {
            assertThat(calendar.plus(a, d)).as("plus(%s, %s)", a, d).isEqualTo(expected.get());
          } else {
            assertThat(calendar.plus(a, d)).as("plus(%s, %s)", a, d).isAfter(giveUp);
          }
          Instant b = c.at(other);
          Duration expectedBetween = a.isAfter(b) ? oracle.between(b, a).negated() : oracle.between(a, b);
          assertThat(calendar.between(a, b)).as("between(%s, %s)", a, b).isEqualTo(expectedBetween);
        });
  }

  @Test
  @DisplayName("whole-week jumps agree with the minute-stepping oracle over weeks")
  void weeksAgreeWithOracle() {
    qt().withExamples(40).forAll(cases(), minuteOffsets(), integers().between(1, 10 * 7 * DAY_MINUTES)).checkAssert((c, offset, minutes) -> {
      BusinessCalendar calendar = c.build();
      MinuteSteppingOracle oracle = new MinuteSteppingOracle(c.calendar());
      Instant a = c.at(offset);
      Duration d = Duration.ofMinutes(Math.min(minutes, c.capMinutes()));
      Instant giveUp = a.plus(Duration.ofDays(100));
      Optional<Instant> expected = oracle.plus(a, d, giveUp);
      if (expected.isPresent()) {
        assertThat(calendar.plus(a, d)).as("plus(%s, %s)", a, d).isEqualTo(expected.get());
        assertThat(calendar.between(a, expected.get())).isEqualTo(d);
      } else {
        assertThat(calendar.plus(a, d)).as("plus(%s, %s)", a, d).isAfter(giveUp);
        assertThat(calendar.between(a, giveUp)).isEqualTo(oracle.between(a, giveUp));
      }
    });
  }

  // ---- definition and horizon -----------------------------------------------------------------

  @Test
  @DisplayName("toBuilder().build() gives a calendar that works the same")
  void toBuilderKeepsTheCalendar() {
    qt().withExamples(200).forAll(cases(), minuteOffsets(), durations()).checkAssert((c, offset, seconds) -> {
      BusinessCalendar calendar = c.build();
      BusinessCalendar copy = calendar.toBuilder().build();
      Instant from = c.at(offset);
      for (int i = 0; i < 3 * DAY_MINUTES; i += 5) {
        Instant t = from.plus(Duration.ofMinutes(i));
        assertThat(copy.isOpen(t)).as("isOpen(%s)", t).isEqualTo(calendar.isOpen(t));
      }
      Duration d = c.duration(seconds);
      assertThat(copy.plus(from, d)).isEqualTo(calendar.plus(from, d));
      assertThat(copy.horizon()).isEqualTo(calendar.horizon());
    });
  }

  @Test
  @DisplayName("the horizon is sharp: plus answers up to it and throws beyond it, whole-week jumps or not")
  void horizonIsSharp() {
    qt().withExamples(200).forAll(cases(), offsets(), integers().between(1, 60), integers().between(1, 40 * 7 * DAY_MINUTES))
        .checkAssert((c, offset, horizonDays, minutes) -> {
          BusinessCalendar unbounded = c.build();
          BusinessCalendar bounded = c.calendar().withHorizon(Period.ofDays(horizonDays)).build();
          Instant a = c.at(offset);
          Duration d = Duration.ofMinutes(Math.min(minutes, c.capMinutes()));
          Instant due = unbounded.plus(a, d);
          LocalDate limit = LocalDate.ofInstant(a, c.zone()).plusDays(horizonDays);
          LocalDate dueDate = LocalDate.ofInstant(due, c.zone());
          if (!dueDate.isAfter(limit)) {
            assertThat(bounded.plus(a, d)).isEqualTo(due);
            assertThat(bounded.between(a, due)).isEqualTo(d);
          } else if (dueDate.isAfter(limit.plusDays(1))) {
            assertThatThrownBy(() -> bounded.plus(a, d)).as("plus(%s, %s) due %s", a, d, due)
                .isInstanceOf(CalendarException.class).hasMessageContaining("horizon");
            assertThatThrownBy(() -> bounded.between(a, due)).isInstanceOf(CalendarException.class);
          }
        });
  }

  @Test
  @DisplayName("a calendar whose only working time is one override date throws beyond it instead of looping")
  void oneOverrideDate() {
    qt().withExamples(40).forAll(cases(), integers().between(0, 20 * DAY_MINUTES)).checkAssert((c, minutesBefore) -> {
      LocalDate date = LocalDate.ofInstant(c.anchor(), c.zone());
      List<WorkingHours> hours = c.calendar().weekly().values().iterator().next();
      CalendarDescription once = new CalendarDescription(c.zone(), Map.of(), Collections.emptyNavigableSet(),
          Collections.emptyNavigableMap(), new TreeMap<>(Map.of(date, hours)), BusinessCalendar.DEFAULT_HORIZON);
      BusinessCalendar calendar = once.build();
      MinuteSteppingOracle oracle = new MinuteSteppingOracle(once);
      Instant a = date.atStartOfDay(c.zone()).toInstant().minus(Duration.ofMinutes(minutesBefore));
      Instant after = date.plusDays(3).atStartOfDay(c.zone()).toInstant();
      Duration all = oracle.between(a, after);
      if (all.isZero()) { // the date's only interval lies in a daylight-saving gap
        assertThatThrownBy(() -> calendar.nextOpening(a)).isInstanceOf(CalendarException.class);
        return;
      }
      Instant last = oracle.plus(a, all, after).orElseThrow();
      assertThat(calendar.plus(a, all)).isEqualTo(last);
      assertThat(calendar.nextOpening(a)).isEqualTo(oracle.nextOpening(a, after).orElseThrow());
      assertThatThrownBy(() -> calendar.plus(a, all.plusSeconds(1))).isInstanceOf(CalendarException.class)
          .hasMessageContaining("horizon");
      assertThatThrownBy(() -> calendar.nextOpening(last)).isInstanceOf(CalendarException.class)
          .hasMessageContaining("horizon");
      assertThat(calendar.between(a, after)).isEqualTo(all);
    });
  }
}
