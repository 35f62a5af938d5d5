package dev.kefu.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 *       window from them, and only from them.
 *   <li>A local time inside a daylight-saving gap moves forward by the gap; inside an overlap the
 *       earlier offset applies. This holds for every start and end, closed windows included, each
 *       on its own: an interval whose start moves past its end is empty. Business length is real
 *       elapsed time: an 8-hour night shift on the night the clocks go back lasts 9 hours.
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
  private static final long[] NO_PERIODS = new long[0];
  /** Longer than the longest horizon (100 years), shorter than {@code Long.MAX_VALUE} nanoseconds. */
  private static final Duration LONGEST = Duration.ofDays(200 * 366L);

  private final ZoneId zone;
  private final ZoneTimeline timeline;
  /** The weekly hours, overrides and partial holidays as given. */
  private final Map<DayOfWeek, List<WorkingHours>> weeklyHours;
  private final Map<LocalDate, List<WorkingHours>> overrideHours;
  private final Map<LocalDate, List<WorkingHours>> closureHours;
  private final NavigableSet<LocalDate> holidays;
  /** Per day of week (Monday = 0): sorted, merged [start, end) pairs, seconds from the day's start. */
  private final int[][] weekly;
  /** The epoch days of every holiday, override and partial holiday, sorted. */
  private final long[] exceptional;
  /** Each exceptional day and the day after, sorted, and the periods that start on them. */
  private final long[] specialDays;
  private final long[][] specialLists;
  private final Period horizon;
  private final long weekSeconds;
  private final boolean weekSeparable;
  private final boolean hasWorkingTime;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.timeline = new ZoneTimeline(b.zone.getRules());
    this.weeklyHours = copy(b.weekly);
    this.overrideHours = copy(b.overrides);
    this.closureHours = copy(b.closures);
    this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(b.holidays));
    this.weekly = new int[7][];
    for (DayOfWeek d : DayOfWeek.values()) {
      weekly[d.ordinal()] = compile(b.weekly.getOrDefault(d, List.of()));
    }
    TreeSet<LocalDate> ex = new TreeSet<>(b.holidays);
    ex.addAll(b.overrides.keySet());
    ex.addAll(b.closures.keySet());
    this.exceptional = ex.stream().mapToLong(LocalDate::toEpochDay).toArray();
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
    this.hasWorkingTime = week > 0 || b.overrides.values().stream().anyMatch(hours -> !hours.isEmpty());
    this.specialDays = Arrays.stream(exceptional).flatMap(day -> java.util.stream.LongStream.of(day, day + 1))
        .distinct().sorted().toArray();
    this.specialLists = new long[specialDays.length][];
    Walk walk = new Walk();
    for (int i = 0; i < specialDays.length; i++) {
      specialLists[i] = walk.startingOn(specialDays[i]);
    }
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

  private static <K> Map<K, List<WorkingHours>> copy(Map<K, List<WorkingHours>> hours) {
    Map<K, List<WorkingHours>> copy = new TreeMap<>();
    hours.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
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

  /** @return the time zone */
  public ZoneId zone() {
    return zone;
  }

  /** @return how far searches look before giving up */
  public Period horizon() {
    return horizon;
  }

  // ---- the periods of a date ---------------------------------------------------------------

  /**
   * The working periods of a local date as instants, in order and apart: the union of its
   * intervals, less its closed windows. On a holiday or a day off there are none; a partial holiday
   * can leave periods that start after midnight.
   *
   * @param date the local date
   * @return its open periods
   */
  public List<OpenPeriod> openPeriods(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long[] periods = new Walk().periodsOf(date.toEpochDay());
    List<OpenPeriod> list = new ArrayList<>(periods.length / 2);
    for (int i = 0; i < periods.length; i += 2) {
      list.add(new OpenPeriod(Instant.ofEpochSecond(periods[i]), Instant.ofEpochSecond(periods[i + 1])));
    }
    return List.copyOf(list);
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
    long t = at.getEpochSecond();
    long day = localDay(at);
    Walk walk = new Walk();
    for (long d = day - 1; d <= day; d++) {
      walk.load(d);
      while (walk.next() && walk.start <= t) {
        if (t < walk.end) {
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
    if (!hasWorkingTime) {
      throw noWorkingTime("the next opening after " + from);
    }
    long t = from.getEpochSecond();
    long first = localDay(from);
    long limit = limitDay(first);
    Walk walk = new Walk();
    for (long d = first - 1; d <= limit; d++) {
      walk.load(d);
      while (walk.next()) {
        if (walk.end > t) { // from < end, as end is a whole second
          return walk.start <= t ? from : Instant.ofEpochSecond(walk.start);
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
    if (!hasWorkingTime) { // messages are built only when thrown: they cost more than the arithmetic
      throw noWorkingTime(start + " plus " + duration);
    }
    if (duration.compareTo(LONGEST) > 0) { // more than any horizon holds, and more nanoseconds than a long holds
      throw beyondHorizon(start + " plus " + duration);
    }
    long base = start.getEpochSecond();
    long pos = start.getNano(); // nanos after base
    long remaining = duration.toNanos();
    long first = localDay(start);
    long limit = limitDay(first);
    Walk walk = new Walk();
    for (long d = first - 1; d <= limit; d++) {
      while (d > first && d + 6 <= limit && remaining > weekSeconds * NANOS && walk.isRegularWeek(d)) {
        remaining -= weekSeconds * NANOS; // a whole regular week of working time
        d += 7;
      }
      walk.load(d);
      while (walk.next()) {
        long e = (walk.end - base) * NANOS;
        if (e <= pos) {
          continue;
        }
        long from = Math.max((walk.start - base) * NANOS, pos);
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
    long first = localDay(from);
    long last = localDay(to);
    if (last > limitDay(first)) {
      throw beyondHorizon("the business time between " + from + " and " + to);
    }
    long base = from.getEpochSecond();
    long pos = from.getNano();
    long end = Duration.between(Instant.ofEpochSecond(base), to).toNanos();
    long total = 0;
    Walk walk = new Walk();
    for (long d = first - 1; d <= last; d++) {
      while (d > first && walk.isRegularWeek(d) && (walk.toEpoch((d + 8) * DAY) - base) * NANOS <= end) {
        total += weekSeconds * NANOS; // the whole regular week lies before the end
        d += 7;
      }
      walk.load(d);
      while (walk.next()) {
        long e = Math.min(end, (walk.end - base) * NANOS);
        long s = Math.max(pos, (walk.start - base) * NANOS);
        if (e > s) {
          total += e - s;
          pos = e;
        }
      }
    }
    return Duration.ofNanos(total);
  }

  /** The local date of an instant, as an epoch day. */
  private long localDay(Instant at) {
    return Math.floorDiv(at.getEpochSecond() + timeline.offsetAt(at.getEpochSecond()), DAY);
  }

  /** The last local date a search from {@code first} looks at, as an epoch day. */
  private long limitDay(long first) {
    return LocalDate.ofEpochDay(first).plus(horizon).toEpochDay();
  }

  private static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L); // 1970-01-01 was a Thursday; Monday = 0
  }

  private static CalendarException noWorkingTime(String what) {
    return new CalendarException("cannot compute " + what + ": the calendar has no working time");
  }

  private CalendarException beyondHorizon(String what) {
    return new CalendarException("cannot compute " + what + ": no working time within the horizon of " + horizon);
  }

  /**
   * Walks the working periods in the order they start, one local date at a time: the list of date
   * D holds the periods that start on D, whichever date they belong to (a partial holiday can
   * leave the after-midnight part of the previous evening's interval). Across lists and within
   * one, starts never decrease, so an operation keeps a single position.
   *
   * <p>A regular date (no holiday, override or partial holiday on it or the day before, and one
   * UTC offset from its first interval's start to its last interval's end) reads the compiled
   * weekly intervals shifted by the offset, without allocating. Any other date is computed from
   * the definition by the documented rules: each interval and closed window turned into instants
   * as {@link java.time.ZonedDateTime#of} does, their union taken as instants, the closed windows
   * removed; the dates an exception touches are computed once, when the calendar is built. This
   * relies on no zone having a gap or overlap that spans local midnight (tzdb has none), so that
   * the periods of a date never start before it and those of a regular date all start on it.
   *
   * <p>Also turns local date-times (as epoch seconds of the local time) into instants,
   * remembering the last stretch of fixed offset from the {@link ZoneTimeline} so that the common
   * case is one subtraction. Not shared between threads: each operation makes its own.
   */
  private final class Walk {
    private long lo = Long.MAX_VALUE;
    private long hi = Long.MIN_VALUE;
    private long offset;

    private int[] local; // a regular date's compiled intervals, or null
    private long shift; // what turns them into epoch seconds
    private long[] exact; // any other date's periods in epoch seconds, or null
    private int index;
    private int size;
    /** The current period, in epoch seconds, after {@link #next()} returned true. */
    long start;
    long end;

    /** Makes the periods that start on local date {@code day} (an epoch day) the current list. */
    void load(long day) {
      index = 0;
      local = null;
      if (firstExceptionFrom(day - 1) <= day) { // an exception on the day or the day before
        exact = specialLists[Arrays.binarySearch(specialDays, day)];
      } else {
        int[] pattern = weekly[dayOfWeek(day)];
        if (pattern.length == 0) {
          exact = NO_PERIODS;
        } else if (isFixedBetween(day * DAY + pattern[0], day * DAY + pattern[pattern.length - 1])) {
          local = pattern;
          shift = day * DAY - offset;
        } else {
          exact = startingOn(day); // a daylight-saving change during the day's intervals
        }
      }
      size = local != null ? local.length : exact.length;
    }

    /** Moves to the next period of the current list; false when there is none. */
    boolean next() {
      if (index >= size) {
        return false;
      }
      if (local != null) {
        start = shift + local[index];
        end = shift + local[index + 1];
      } else {
        start = exact[index];
        end = exact[index + 1];
      }
      index += 2;
      return true;
    }

    /**
     * Whether the week starting on local date {@code d} is a copy of the weekly pattern that can be
     * counted whole: a non-empty pattern whose days never overlap, no holiday, override or partial
     * holiday from the day before to the day after the week, and one fixed UTC offset throughout.
     */
    boolean isRegularWeek(long d) {
      return weekSeparable && weekSeconds > 0 && firstExceptionFrom(d - 1) > d + 7
          && isFixedBetween((d - 1) * DAY, (d + 9) * DAY);
    }

    /** The periods that start on local date {@code day}: from that date's and the day before's. */
    private long[] startingOn(long day) {
      long from = toEpoch(day * DAY);
      long to = toEpoch((day + 1) * DAY);
      long[] before = periodsOf(day - 1);
      long[] today = periodsOf(day);
      long[] out = new long[before.length + today.length];
      int n = 0;
      for (long[] periods : new long[][] {before, today}) {
        for (int i = 0; i < periods.length; i += 2) {
          if (periods[i] >= from && periods[i] < to) {
            out[n++] = periods[i];
            out[n++] = periods[i + 1];
          }
        }
      }
      return sortByStart(out, n);
    }

    /**
     * The periods of local date {@code day} by the documented rules, as sorted, disjoint
     * epoch-second pairs.
     */
    long[] periodsOf(long day) {
      LocalDate date = LocalDate.ofEpochDay(day);
      if (holidays.contains(date)) {
        return NO_PERIODS;
      }
      List<WorkingHours> hours = overrideHours.get(date);
      if (hours == null) {
        hours = weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
      }
      long[] open = union(day, hours);
      List<WorkingHours> closed = closureHours.get(date);
      return closed == null ? open : minus(open, union(day, closed));
    }

    /** Intervals of a date as instants, empty ones (inside a gap) dropped, sorted and merged. */
    private long[] union(long day, List<WorkingHours> hours) {
      long[] pairs = new long[hours.size() * 2];
      int n = 0;
      for (WorkingHours h : hours) {
        long s = toEpoch(day * DAY + h.startSecond());
        long e = toEpoch(day * DAY + h.endSecond());
        if (e > s) {
          pairs[n++] = s;
          pairs[n++] = e;
        }
      }
      pairs = sortByStart(pairs, n);
      int m = 0;
      for (int i = 0; i < pairs.length; i += 2) {
        if (m > 0 && pairs[i] <= pairs[m - 1]) {
          pairs[m - 1] = Math.max(pairs[m - 1], pairs[i + 1]);
        } else {
          pairs[m++] = pairs[i];
          pairs[m++] = pairs[i + 1];
        }
      }
      return Arrays.copyOf(pairs, m);
    }

    /** Sorted, disjoint periods less sorted, disjoint closed windows. */
    private long[] minus(long[] open, long[] closed) {
      long[] out = new long[open.length + closed.length];
      int n = 0;
      for (int i = 0; i < open.length; i += 2) {
        long s = open[i];
        long e = open[i + 1];
        for (int j = 0; j < closed.length && s < e; j += 2) {
          if (closed[j + 1] <= s || closed[j] >= e) {
            continue;
          }
          if (closed[j] > s) {
            out[n++] = s;
            out[n++] = closed[j];
          }
          s = Math.max(s, closed[j + 1]);
        }
        if (s < e) {
          out[n++] = s;
          out[n++] = e;
        }
      }
      return Arrays.copyOf(out, n);
    }

    /** The first {@code n} values of {@code pairs}, as pairs sorted by their first value. */
    private long[] sortByStart(long[] pairs, int n) {
      long[] out = Arrays.copyOf(pairs, n);
      for (int i = 2; i < n; i += 2) { // insertion sort: a date has a handful of periods
        long s = out[i];
        long e = out[i + 1];
        int j = i - 2;
        while (j >= 0 && out[j] > s) {
          out[j + 2] = out[j];
          out[j + 3] = out[j + 1];
          j -= 2;
        }
        out[j + 2] = s;
        out[j + 3] = e;
      }
      return out;
    }

    /** The first holiday, override or partial holiday on or after epoch day {@code day}. */
    private long firstExceptionFrom(long day) {
      int i = Arrays.binarySearch(exceptional, day);
      int at = i >= 0 ? i : -i - 1;
      return at < exceptional.length ? exceptional[at] : Long.MAX_VALUE;
    }

    /**
     * The instant of a local date-time given as epoch seconds of the local time: inside a gap it
     * moves forward by the gap, inside an overlap the earlier offset applies.
     */
    long toEpoch(long local) {
      if (local >= lo && local <= hi) {
        return local - offset;
      }
      int stretch = timeline.stretchOf(local);
      if (stretch < 0) {
        return timeline.toEpoch(local); // a gap, an overlap, or outside the precomputed years
      }
      lo = timeline.lo(stretch);
      hi = timeline.hi(stretch);
      offset = timeline.offset(stretch);
      return local - offset;
    }

    /** Whether one UTC offset turns every local time in [localFrom, localTo] into its instant. */
    boolean isFixedBetween(long localFrom, long localTo) {
      toEpoch(localFrom);
      return localFrom >= lo && localTo <= hi;
    }
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + weekSeconds / 3600.0 + " h a week, " + exceptional.length + " exceptions]";
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
