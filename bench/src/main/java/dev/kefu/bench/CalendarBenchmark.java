package dev.kefu.bench;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.CalendarDescription;
import dev.kefu.calendar.MinuteSteppingOracle;
import dev.kefu.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An SLA due time: {@link BusinessCalendar#plus} of three days of business time (72 working
 * hours, about a calendar week here) from 1,024 start instants spread over 2026, half of them
 * within three days of a daylight-saving change. The calendar is a Berlin shop with split shifts
 * and an overnight late shift on weekdays (08:30–12:00, 13:00–18:00, 19:00–01:00), Saturday
 * 10:00–16:00, the German public holidays, partial holidays on 24 and 31 December and two
 * promotion-day overrides.
 *
 * <p>The baseline is {@link MinuteSteppingOracle}, the deliberately simple reference the property
 * tests check the calendar against: it walks real time one minute at a time and asks, for each
 * minute, whether the shop works. Both are built from one {@link CalendarDescription}; setup checks
 * that they give the same due instant for every start.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CalendarBenchmark {

  /** The business time added to each start. */
  static final Duration TARGET = Duration.ofDays(3);

  private static final int STARTS = 1024;
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** Where the oracle gives up; the calendar never needs more than two weeks for {@link #TARGET}. */
  private static final Duration GIVE_UP = Duration.ofDays(60);

  private BusinessCalendar calendar;
  private MinuteSteppingOracle oracle;
  private Instant[] starts;
  private int next;

  /** The Berlin shop. */
  static CalendarDescription shop() {
    Map<DayOfWeek, List<WorkingHours>> weekly = new EnumMap<>(DayOfWeek.class);
    List<WorkingHours> weekday = hours("08:30-12:00", "13:00-18:00", "19:00-01:00");
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      weekly.put(d, weekday);
    }
    weekly.put(DayOfWeek.SATURDAY, hours("10:00-16:00"));
    NavigableSet<LocalDate> holidays = new TreeSet<>(Stream.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
        "2026-05-25", "2026-10-03", "2026-12-25", "2026-12-26", "2027-01-01").map(LocalDate::parse).toList());
    NavigableMap<LocalDate, List<WorkingHours>> closures = new TreeMap<>(Map.of(
        LocalDate.parse("2026-12-24"), hours("12:00-01:00"),
        LocalDate.parse("2026-12-31"), hours("14:00-01:00")));
    NavigableMap<LocalDate, List<WorkingHours>> overrides = new TreeMap<>(Map.of(
        LocalDate.parse("2026-11-11"), hours("08:00-02:00"),
        LocalDate.parse("2026-11-27"), hours("08:00-02:00")));
    return new CalendarDescription(BERLIN, weekly, holidays, closures, overrides, BusinessCalendar.DEFAULT_HORIZON);
  }

  private static List<WorkingHours> hours(String... text) {
    return Stream.of(text).map(WorkingHours::parse).toList();
  }

  /**
   * Whole-minute start instants: half anywhere in 2026, half within three days of the two
   * daylight-saving changes (29 March and 25 October 2026, both at 01:00 UTC).
   */
  static Instant[] starts(int count, long seed) {
    Random random = new Random(seed);
    Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
    List<Instant> changes = List.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
    Instant[] out = new Instant[count];
    for (int i = 0; i < count; i++) {
      out[i] = i % 2 == 0
          ? yearStart.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))
          : changes.get(random.nextInt(2)).plus(Duration.ofMinutes(random.nextInt(6 * 24 * 60) - 3 * 24 * 60));
    }
    return out;
  }

  /** Builds the calendar, the oracle and the starts, and checks that both give the same dues. */
  @Setup
  public void setUp() {
    CalendarDescription shop = shop();
    calendar = shop.build();
    oracle = new MinuteSteppingOracle(shop);
    starts = starts(STARTS, 11);
    for (Instant start : starts) {
      Instant kefu = calendar.plus(start, TARGET);
      Optional<Instant> expected = oracle.plus(start, TARGET, start.plus(GIVE_UP));
      if (expected.isEmpty() || !expected.get().equals(kefu)) {
        throw new IllegalStateException("plus(" + start + ", " + TARGET + "): kefu " + kefu + ", oracle " + expected);
      }
    }
  }

  /**
   * kefu's due instant for the next start.
   *
   * @return the due instant
   */
  @Benchmark
  public Instant plus() {
    return calendar.plus(starts[next++ & (STARTS - 1)], TARGET);
  }

  /**
   * The minute-stepping oracle's due instant for the next start.
   *
   * @return the due instant
   */
  @Benchmark
  public Optional<Instant> baseline() {
    Instant start = starts[next++ & (STARTS - 1)];
    return oracle.plus(start, TARGET, start.plus(GIVE_UP));
  }
}
