package dev.kefu.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When the shop works: a time zone, a weekly schedule with any number of working intervals per
 * day (split shifts, lunch breaks, intervals that end after midnight), holidays (whole days and
 * partial) and dated overrides. Answers whether it is open at an instant, when it next opens, an
 * instant plus a business duration, and the business duration between two instants.
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>A working interval belongs to the local date it starts on. The intervals of date D are the
 *       override of D if there is one, else the weekly intervals of D's day of the week; a
 *       whole-day holiday on D removes them all, including their after-midnight part, and leaves
 *       the previous evening's overnight interval alone; a partial holiday removes its closed
 *       window from them.
 *   <li>A local time inside a daylight-saving gap moves forward by the gap; inside an overlap the
 *       earlier offset applies. Business length is real elapsed time: an 8-hour night shift on
 *       the night the clocks go back lasts 9 hours.
 *   <li>Working time is the union of all intervals as instants; overlapping intervals count once.
 *   <li>{@link #plus} returns an instant inside [start, end] of a working interval: it may equal
 *       a closing time. A zero duration returns the start instant itself.
 * </ul>
 *
 * <p>Everything is computed by interval arithmetic over intervals compiled per weekday, never by
 * stepping through time; long durations jump whole weeks where the weeks are regular. A calendar
 * without working time, or a search that passes the horizon (default five years), throws
 * {@link CalendarException} instead of looping.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(ZoneId)}; {@link #alwaysOpen}
 * is the 24/7 calendar.
 */
public final class BusinessCalendar {

  /** The default search horizon. */
  public static final Period DEFAULT_HORIZON = Period.ofYears(5);

  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  private static final int[] NONE = new int[0];
  /** Longer than the longest horizon (100 years), shorter than {@code Long.MAX_VALUE} nanoseconds. */
  private static final Duration LONGEST = Duration.ofDays(200 * 366L);

  private final ZoneId zone;
  private final ZoneRules rules;
  /** The weekly hours, overrides and partial holidays as given, for {@link #toBuilder()}. */
  private final Map<DayOfWeek, List<WorkingHours>> weeklyHours;
  private final Map<LocalDate, List<WorkingHours>> overrideHours;
  private final Map<LocalDate, List<WorkingHours>> closureHours;
  /** Per day of week (Monday = 0): sorted, merged [start, end) pairs, seconds from the day's start. */
  private final int[][] weekly;
  private final NavigableMap<LocalDate, int[]> overrides;
  private final NavigableMap<LocalDate, int[]> closures;
  private final NavigableSet<LocalDate> holidays;
  private final NavigableSet<LocalDate> exceptional;
  private final Period horizon;
  private final long weekSeconds;
  private final boolean weekSeparable;
  private final boolean hasWorkingTime;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.rules = b.zone.getRules();
    this.weeklyHours = copy(b.weekly);
    this.overrideHours = copy(b.overrides);
    this.closureHours = copy(b.closures);
    this.weekly = new int[7][];
    for (DayOfWeek d : DayOfWeek.values()) {
      weekly[d.ordinal()] = compile(b.weekly.getOrDefault(d, List.of()));
    }
    TreeMap<LocalDate, int[]> o = new TreeMap<>();
    b.overrides.forEach((date, hours) -> o.put(date, compile(hours)));
    this.overrides = Collections.unmodifiableNavigableMap(o);
    TreeMap<LocalDate, int[]> c = new TreeMap<>();
    b.closures.forEach((date, hours) -> c.put(date, compile(hours)));
    this.closures = Collections.unmodifiableNavigableMap(c);
    this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(b.holidays));
    TreeSet<LocalDate> ex = new TreeSet<>(b.holidays);
    ex.addAll(o.keySet());
    ex.addAll(c.keySet());
    this.exceptional = Collections.unmodifiableNavigableSet(ex);
    this.horizon = b.horizon;
    long week = 0;
    boolean separable = true;
    for (int d = 0; d < 7; d++) {
      int[] today = weekly[d];
      for (int i = 0; i < today.length; i += 2) {
        week += today[i + 1] - today[i];
      }
      int[] tomorrow = weekly[(d + 1) % 7];
      if (today.length > 0 && tomorrow.length > 0 && today[today.length - 1] > DAY + tomorrow[0]) {
        separable = false; // an overnight interval runs into the next day's first interval
      }
    }
    this.weekSeconds = week;
    this.weekSeparable = separable;
    this.hasWorkingTime = week > 0 || o.values().stream().anyMatch(a -> a.length > 0);
  }

  /** Sorts working hours into [start, end) second pairs from the day's start and merges overlaps. */
  private static int[] compile(List<WorkingHours> hours) {
    if (hours.isEmpty()) {
      return NONE;
    }
    int[][] pairs = hours.stream().map(h -> new int[] {h.startSecond(), h.endSecond()})
        .sorted((x, y) -> Integer.compare(x[0], y[0])).toArray(int[][]::new);
    List<int[]> merged = new ArrayList<>();
    for (int[] p : pairs) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && p[0] <= last[1]) {
        last[1] = Math.max(last[1], p[1]);
      } else {
        merged.add(p.clone());
      }
    }
    int[] flat = new int[merged.size() * 2];
    for (int i = 0; i < merged.size(); i++) {
      flat[2 * i] = merged.get(i)[0];
      flat[2 * i + 1] = merged.get(i)[1];
    }
    return flat;
  }

  // ---- construction ------------------------------------------------------------------------

  /**
   * A builder for a calendar in a time zone.
   *
   * @param zone the zone the working hours are in
   * @return a builder with no working time yet
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * The 24/7 calendar: always open.
   *
   * @param zone the zone (it matters only for {@link #openPeriods(LocalDate)})
   * @return the calendar
   */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    Builder b = builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.weekly(d, WorkingHours.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
    return b.build();
  }

  /** @return a builder holding this calendar's definition */
  public Builder toBuilder() {
    Builder b = builder(zone).horizon(horizon);
    weeklyHours.forEach((day, hours) -> b.weekly.put(day, new ArrayList<>(hours)));
    overrideHours.forEach((date, hours) -> b.overrides.put(date, new ArrayList<>(hours)));
    closureHours.forEach((date, hours) -> b.closures.put(date, new ArrayList<>(hours)));
    b.holidays.addAll(holidays);
    return b;
  }

  private static <K> Map<K, List<WorkingHours>> copy(Map<K, List<WorkingHours>> hours) {
    Map<K, List<WorkingHours>> copy = new TreeMap<>();
    hours.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  /** @return the time zone */
  public ZoneId zone() {
    return zone;
  }

  /** @return how far searches look before giving up */
  public Period horizon() {
    return horizon;
  }

  // ---- the intervals of a date -------------------------------------------------------------

  /** The working intervals starting on a local date, as [start, end) seconds from the day's start. */
  private int[] localIntervals(LocalDate date) {
    if (holidays.contains(date)) {
      return NONE;
    }
    int[] base = overrides.get(date);
    if (base == null) {
      base = weekly[date.getDayOfWeek().ordinal()];
    }
    int[] closed = closures.get(date);
    return closed == null ? base : subtract(base, closed);
  }

  private static int[] subtract(int[] base, int[] closed) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < base.length; i += 2) {
      int s = base[i];
      int e = base[i + 1];
      for (int j = 0; j < closed.length && s < e; j += 2) {
        int cs = closed[j];
        int ce = closed[j + 1];
        if (ce <= s || cs >= e) {
          continue;
        }
        if (cs > s) {
          out.add(s);
          out.add(cs);
        }
        s = Math.max(s, ce);
      }
      if (s < e) {
        out.add(s);
        out.add(e);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The working periods that start on a local date, as instants, in order.
   *
   * @param date the local date
   * @return its open periods; empty on a holiday or a day off
   */
  public List<OpenPeriod> openPeriods(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Offsets offsets = new Offsets();
    int[] local = localIntervals(date);
    long dayStart = date.toEpochDay() * DAY;
    List<OpenPeriod> periods = new ArrayList<>();
    for (int i = 0; i < local.length; i += 2) {
      long s = offsets.toEpoch(dayStart + local[i]);
      long e = offsets.toEpoch(dayStart + local[i + 1]);
      if (e > s) {
        periods.add(new OpenPeriod(Instant.ofEpochSecond(s), Instant.ofEpochSecond(e)));
      }
    }
    return List.copyOf(periods);
  }

  // ---- operations ----------------------------------------------------------------------------

  /**
   * Whether the shop works at an instant.
   *
   * @param at the instant
   * @return true if {@code at} lies in [start, end) of a working period
   */
  public boolean isOpen(Instant at) {
    Objects.requireNonNull(at, "at");
    Offsets offsets = new Offsets();
    LocalDate day = localDate(at);
    for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
      int[] local = localIntervals(d);
      long dayStart = d.toEpochDay() * DAY;
      for (int i = 0; i < local.length; i += 2) {
        long s = offsets.toEpoch(dayStart + local[i]);
        long e = offsets.toEpoch(dayStart + local[i + 1]);
        if (s <= at.getEpochSecond() && at.getEpochSecond() < e) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * When the shop next works: {@code from} itself if it is open then.
   *
   * @param from the instant to look from
   * @return the first working instant at or after {@code from}
   * @throws CalendarException if there is no working time within the horizon
   */
  public Instant nextOpening(Instant from) {
    Objects.requireNonNull(from, "from");
    requireWorkingTime("the next opening after " + from);
    Offsets offsets = new Offsets();
    LocalDate first = localDate(from);
    LocalDate limit = first.plus(horizon);
    for (LocalDate d = first.minusDays(1); !d.isAfter(limit); d = d.plusDays(1)) {
      int[] local = localIntervals(d);
      long dayStart = d.toEpochDay() * DAY;
      for (int i = 0; i < local.length; i += 2) {
        long s = offsets.toEpoch(dayStart + local[i]);
        long e = offsets.toEpoch(dayStart + local[i + 1]);
        if (e > from.getEpochSecond()) { // from < e, as e is a whole second
          if (s <= from.getEpochSecond()) {
            return from;
          }
          return Instant.ofEpochSecond(s);
        }
      }
    }
    throw beyondHorizon("the next opening after " + from);
  }

  /**
   * An instant plus a business duration: the instant by which {@code duration} of working time
   * has passed since {@code start}.
   *
   * @param start where to count from; need not be working time
   * @param duration the business duration, not negative
   * @return {@code start} for a zero duration; otherwise an instant in [start, end] of a working
   *     period
   * @throws IllegalArgumentException if {@code duration} is negative
   * @throws CalendarException if there is no working time within the horizon
   */
  public Instant plus(Instant start, Duration duration) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a business duration cannot be negative, was " + duration);
    }
    if (duration.isZero()) {
      return start;
    }
    requireWorkingTime(start + " plus " + duration);
    if (duration.compareTo(LONGEST) > 0) { // more than any horizon holds, and more nanoseconds than a long holds
      throw beyondHorizon(start + " plus " + duration);
    }
    long base = start.getEpochSecond();
    long pos = start.getNano(); // nanos after base
    long remaining = duration.toNanos();
    Offsets offsets = new Offsets();
    LocalDate first = localDate(start);
    LocalDate limit = first.plus(horizon);
    for (LocalDate d = first.minusDays(1); !d.isAfter(limit); d = d.plusDays(1)) {
      while (d.isAfter(first) && !d.plusDays(6).isAfter(limit) && remaining > weekSeconds * NANOS
          && isRegularWeek(d, offsets)) {
        remaining -= weekSeconds * NANOS; // a whole regular week of working time
        d = d.plusWeeks(1);
      }
      int[] local = localIntervals(d);
      long dayStart = d.toEpochDay() * DAY;
      for (int i = 0; i < local.length; i += 2) {
        long e = (offsets.toEpoch(dayStart + local[i + 1]) - base) * NANOS;
        if (e <= pos) {
          continue;
        }
        long s = (offsets.toEpoch(dayStart + local[i]) - base) * NANOS;
        long from = Math.max(s, pos);
        long available = e - from;
        if (remaining <= available) {
          return Instant.ofEpochSecond(base, from + remaining);
        }
        remaining -= available;
        pos = e;
      }
    }
    throw beyondHorizon(start + " plus " + duration);
  }

  /**
   * The business duration between two instants: how much working time lies in [from, to).
   *
   * @param from the earlier instant
   * @param to the later instant
   * @return the working time between them; negative if {@code to} is before {@code from}
   * @throws CalendarException if the instants lie further apart than the horizon
   */
  public Duration between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    if (to.equals(from) || !hasWorkingTime) {
      return Duration.ZERO;
    }
    LocalDate first = localDate(from);
    LocalDate last = localDate(to);
    if (last.isAfter(first.plus(horizon))) {
      throw beyondHorizon("the business time between " + from + " and " + to);
    }
    long base = from.getEpochSecond();
    long pos = from.getNano();
    long end = Duration.between(Instant.ofEpochSecond(base), to).toNanos();
    long total = 0;
    Offsets offsets = new Offsets();
    for (LocalDate d = first.minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
      while (d.isAfter(first) && isRegularWeek(d, offsets)
          && (offsets.toEpoch(d.plusDays(8).toEpochDay() * DAY) - base) * NANOS <= end) {
        total += weekSeconds * NANOS; // the whole regular week lies before the end
        d = d.plusWeeks(1);
      }
      int[] local = localIntervals(d);
      long dayStart = d.toEpochDay() * DAY;
      for (int i = 0; i < local.length; i += 2) {
        long e = Math.min(end, (offsets.toEpoch(dayStart + local[i + 1]) - base) * NANOS);
        long s = Math.max(pos, (offsets.toEpoch(dayStart + local[i]) - base) * NANOS);
        if (e > s) {
          total += e - s;
          pos = e;
        }
      }
    }
    return Duration.ofNanos(total);
  }

  /**
   * Whether the week starting on local date {@code d} is a copy of the weekly pattern that can be
   * counted whole: a non-empty pattern whose days never overlap, no holiday or override from the
   * day before to the week's end, and one fixed UTC offset throughout.
   */
  private boolean isRegularWeek(LocalDate d, Offsets offsets) {
    if (!weekSeparable || weekSeconds == 0) {
      return false;
    }
    LocalDate next = exceptional.ceiling(d.minusDays(1));
    if (next != null && next.isBefore(d.plusDays(8))) {
      return false;
    }
    return offsets.isFixedBetween(d.toEpochDay() * DAY, d.plusDays(9).toEpochDay() * DAY);
  }

  private LocalDate localDate(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  private void requireWorkingTime(String what) {
    if (!hasWorkingTime) {
      throw new CalendarException("cannot compute " + what + ": the calendar has no working time");
    }
  }

  private CalendarException beyondHorizon(String what) {
    return new CalendarException("cannot compute " + what + ": no working time within the horizon of " + horizon);
  }

  /**
   * Turns local date-times (as epoch seconds of the local time) into instants, remembering the
   * last stretch of fixed offset so that the common case is one subtraction. Not shared between
   * threads: each operation makes its own.
   */
  private final class Offsets {
    private long lo = Long.MAX_VALUE;
    private long hi = Long.MIN_VALUE;
    private long offset;

    long toEpoch(long local) {
      if (local >= lo && local < hi) {
        return local - offset;
      }
      LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
      ZoneOffsetTransition t = rules.getTransition(ldt);
      if (t != null) {
        return local - t.getOffsetBefore().getTotalSeconds(); // gap: forward by the gap; overlap: earlier offset
      }
      ZoneOffset off = rules.getOffset(ldt);
      Instant at = Instant.ofEpochSecond(local - off.getTotalSeconds());
      ZoneOffsetTransition prev = rules.previousTransition(at.plusNanos(1));
      ZoneOffsetTransition next = rules.nextTransition(at);
      lo = prev == null ? Long.MIN_VALUE : localEpoch(prev, true);
      hi = next == null ? Long.MAX_VALUE : localEpoch(next, false);
      offset = off.getTotalSeconds();
      return local - offset;
    }

    /** The local boundary of a transition: where its ambiguity ends (after) or begins (before). */
    private long localEpoch(ZoneOffsetTransition t, boolean after) {
      long before = t.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
      long afterLocal = t.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
      return after ? Math.max(before, afterLocal) : Math.min(before, afterLocal);
    }

    boolean isFixedBetween(long localFrom, long localTo) {
      toEpoch(localFrom);
      return localFrom >= lo && localTo <= hi;
    }
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + weekSeconds / 3600.0 + " h a week, " + exceptional.size() + " exceptions]";
  }

  /**
   * Builds a {@link BusinessCalendar}. Not thread-safe.
   */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<WorkingHours>> overrides = new TreeMap<>();
    private final Map<LocalDate, List<WorkingHours>> closures = new TreeMap<>();
    private final NavigableSet<LocalDate> holidays = new TreeSet<>();
    private Period horizon = DEFAULT_HORIZON;

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Adds working hours on a day of the week.
     *
     * @param day the day
     * @param hours one or more intervals; an end at or before the start ends the next day
     * @return this builder
     */
    public Builder weekly(DayOfWeek day, WorkingHours... hours) {
      Objects.requireNonNull(day, "day");
      weekly.computeIfAbsent(day, k -> new ArrayList<>()).addAll(Arrays.asList(hours));
      return this;
    }

    /**
     * Adds working hours on several days of the week.
     *
     * @param days the days
     * @param hours the intervals, for example {@code WorkingHours.parse("09:00-12:00")}
     * @return this builder
     */
    public Builder weekly(java.util.Set<DayOfWeek> days, WorkingHours... hours) {
      days.forEach(d -> weekly(d, hours));
      return this;
    }

    /**
     * Adds working hours Monday to Friday.
     *
     * @param hours the intervals
     * @return this builder
     */
    public Builder weekdays(WorkingHours... hours) {
      return weekly(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), hours);
    }

    /**
     * Adds working hours every day of the week.
     *
     * @param hours the intervals
     * @return this builder
     */
    public Builder everyDay(WorkingHours... hours) {
      return weekly(java.util.EnumSet.allOf(DayOfWeek.class), hours);
    }

    /**
     * Closes a whole local date: removes every interval starting on it.
     *
     * @param date the date
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Closes part of a local date: removes {@code closed} from the intervals starting on it.
     *
     * @param date the date
     * @param closed the closed window on that date (an end at or before the start ends the next day)
     * @return this builder
     */
    public Builder partialHoliday(LocalDate date, WorkingHours closed) {
      Objects.requireNonNull(date, "date");
      closures.computeIfAbsent(date, k -> new ArrayList<>()).add(Objects.requireNonNull(closed, "closed"));
      return this;
    }

    /**
     * Replaces the weekly intervals of one local date, for example longer hours on a promotion day
     * or a closed afternoon; no hours at all closes the day.
     *
     * @param date the date
     * @param hours the intervals of that date
     * @return this builder
     */
    public Builder override(LocalDate date, WorkingHours... hours) {
      Objects.requireNonNull(date, "date");
      overrides.put(date, new ArrayList<>(Arrays.asList(hours)));
      return this;
    }

    /**
     * How far searches look before giving up.
     *
     * @param value the horizon, positive, at most 100 years
     * @return this builder
     */
    public Builder horizon(Period value) {
      Objects.requireNonNull(value, "horizon");
      if (value.isNegative() || value.isZero() || value.toTotalMonths() > 1200) {
        throw new IllegalArgumentException("horizon must be positive and at most 100 years, was " + value);
      }
      horizon = value;
      return this;
    }

    /** @return the calendar */
    public BusinessCalendar build() {
      return new BusinessCalendar(this);
    }
  }
}
