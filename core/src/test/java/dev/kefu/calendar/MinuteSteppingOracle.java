package dev.kefu.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberately simple business calendar to check {@link BusinessCalendar} against: it walks
 * through real time one minute at a time and asks, for each minute, whether the shop works then.
 * Exact for whole-minute instants and durations, as long as every working interval, closed window
 * and UTC offset is a whole number of minutes.
 *
 * <p>Whether an instant is working time follows the documented semantics and nothing else: take
 * the local date the instant falls on and the day before; for each such date D that is not a
 * holiday, take D's override if there is one, else the weekly hours of D's day of the week; turn
 * each interval into instants with {@link ZonedDateTime#of} (which moves a time in a gap forward
 * by the gap and takes the earlier offset in an overlap), ending on D + 1 if the end is not after
 * the start; the instant works if it lies in [start, end) of one of them and not in [start, end)
 * of one of D's closed windows, turned into instants the same way. It never calls
 * {@link BusinessCalendar}.
 */
public final class MinuteSteppingOracle {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final CalendarDescription calendar;

  public MinuteSteppingOracle(CalendarDescription calendar) {
    this.calendar = calendar;
  }

  /** From {@code start} to {@code end}, as instants. */
  private record Span(Instant start, Instant end) {
    boolean contains(Instant t) {
      return !t.isBefore(start) && t.isBefore(end);
    }
  }

  /** The intervals that start on one local date, and the date's closed windows, as instants. */
  private record Day(List<Span> open, List<Span> closed) {
    boolean works(Instant t) {
      return open.stream().anyMatch(s -> s.contains(t)) && closed.stream().noneMatch(s -> s.contains(t));
    }
  }

  /** The days looked at during one operation, so that each is turned into instants once. */
  private final class Days {
    private final Map<LocalDate, Day> days = new HashMap<>();

    boolean isOpen(Instant t) {
      LocalDate date = LocalDate.ofInstant(t, calendar.zone());
      return day(date).works(t) || day(date.minusDays(1)).works(t);
    }

    private Day day(LocalDate date) {
      return days.computeIfAbsent(date, this::compute);
    }

    private Day compute(LocalDate date) {
      if (calendar.holidays().contains(date)) {
        return new Day(List.of(), List.of());
      }
      List<WorkingHours> hours = calendar.overrides().containsKey(date)
          ? calendar.overrides().get(date)
          : calendar.weekly().getOrDefault(date.getDayOfWeek(), List.of());
      List<WorkingHours> closed = calendar.closures().getOrDefault(date, List.of());
      return new Day(hours.stream().map(h -> span(date, h)).toList(), closed.stream().map(h -> span(date, h)).toList());
    }

    private Span span(LocalDate date, WorkingHours h) {
      LocalDate endDate = h.end().isAfter(h.start()) ? date : date.plusDays(1);
      return new Span(ZonedDateTime.of(date, h.start(), calendar.zone()).toInstant(),
          ZonedDateTime.of(endDate, h.end(), calendar.zone()).toInstant());
    }
  }

  /**
   * @param t the instant
   * @return whether the shop works at {@code t}
   */
  public boolean isOpen(Instant t) {
    return new Days().isOpen(t);
  }

  /**
   * @param from a whole-minute instant
   * @param giveUpAt where to stop looking
   * @return the first working minute at or after {@code from}, if there is one before {@code giveUpAt}
   */
  public Optional<Instant> nextOpening(Instant from, Instant giveUpAt) {
    requireWholeMinute(from);
    Days days = new Days();
    for (Instant t = from; t.isBefore(giveUpAt); t = t.plus(MINUTE)) {
      if (days.isOpen(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * @param start a whole-minute instant
   * @param duration whole minutes, not negative
   * @param giveUpAt where to stop looking
   * @return the end of the minute in which the last minute of {@code duration} is worked, or
   *     {@code start} for a zero duration; empty if that is after {@code giveUpAt}
   */
  public Optional<Instant> plus(Instant start, Duration duration, Instant giveUpAt) {
    requireWholeMinute(start);
    long remaining = duration.toMinutes();
    if (!Duration.ofMinutes(remaining).equals(duration) || remaining < 0) {
      throw new IllegalArgumentException("the oracle counts whole minutes, not " + duration);
    }
    Days days = new Days();
    Instant t = start;
    while (remaining > 0) {
      if (!t.isBefore(giveUpAt)) {
        return Optional.empty();
      }
      if (days.isOpen(t)) {
        remaining--;
      }
      t = t.plus(MINUTE);
    }
    return Optional.of(t);
  }

  /**
   * @param from a whole-minute instant
   * @param to a whole-minute instant, not before {@code from}
   * @return how many working minutes lie in [from, to)
   */
  public Duration between(Instant from, Instant to) {
    requireWholeMinute(from);
    requireWholeMinute(to);
    Days days = new Days();
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
      if (days.isOpen(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  private static void requireWholeMinute(Instant t) {
    if (!t.truncatedTo(ChronoUnit.MINUTES).equals(t)) {
      throw new IllegalArgumentException("the oracle steps whole minutes, not from " + t);
    }
  }
}
