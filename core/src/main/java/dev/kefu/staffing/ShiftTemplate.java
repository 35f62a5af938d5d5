package dev.kefu.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shift as the shop defines it (ST-2): a start and an end in local time — the end may fall
 * after midnight, as in the late shift 17:30–01:00 — the breaks it is entitled to, the handover
 * window at its end, whether it runs on while customers still wait, and whether it is a night
 * shift for leave (ST-8).
 *
 * <p>A shift belongs to the date it starts on. Its instants follow the calendar semantics of
 * {@link dev.kefu.calendar}: a start or end inside a daylight-saving gap moves forward by the gap,
 * inside an overlap the earlier offset applies, and its length is real elapsed time. A shift whose
 * start, moved forward out of a gap, is not before its end does not take place: that is the fate
 * of every shift on a date the zone skips whole (Pacific/Apia skipped 2011-12-30), and of a shift
 * shorter than a gap it starts in ({@link #takesPlaceOn}); a roster has no shift there.
 *
 * <p>Immutable and thread-safe. See {@link ShiftTemplates} for the source shops' templates.
 *
 * @param id the template's id, for example {@code "early"}
 * @param start the local start time
 * @param end the local end time; at or before {@code start} means the next day
 * @param breaks the breaks
 * @param handover how long before the end the handover of open work begins
 * @param extendsWhileCustomersWait whether the shift runs on past its end while customers wait,
 *     the extra time counted as overtime (ST-2)
 * @param night whether leave for this shift follows the night-shift rule (ST-8)
 */
public record ShiftTemplate(String id, LocalTime start, LocalTime end, List<ShiftBreak> breaks, Duration handover,
    boolean extendsWhileCustomersWait, boolean night) {

  /**
   * Creates a template.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException listing every problem: a blank id, a negative handover, a
   *     handover or a break window longer than the shift
   */
  public ShiftTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    breaks = List.copyOf(Objects.requireNonNull(breaks, "breaks"));
    Objects.requireNonNull(handover, "handover");
    List<String> problems = new ArrayList<>();
    if (id.isBlank()) {
      problems.add("id must not be blank");
    }
    Duration nominal = nominalLength(start, end);
    if (handover.isNegative() || handover.compareTo(nominal) > 0) {
      problems.add("handover " + handover + " must lie within the shift's " + nominal);
    }
    for (ShiftBreak b : breaks) {
      if (b.latestAfterStart().plus(b.length()).compareTo(nominal) > 0) {
        problems.add("break " + b.name() + " may end after the shift");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("shift template " + id + ": " + String.join("; ", problems));
    }
  }

  /**
   * A template without breaks, handover or extension; its night flag is whether it crosses
   * midnight.
   *
   * @param id the id
   * @param start the local start
   * @param end the local end, at or before {@code start} for the next day
   * @return the template
   */
  public static ShiftTemplate of(String id, LocalTime start, LocalTime end) {
    return new ShiftTemplate(id, start, end, List.of(), Duration.ZERO, false, !end.isAfter(start));
  }

  private static Duration nominalLength(LocalTime start, LocalTime end) {
    Duration d = Duration.between(start, end);
    return end.isAfter(start) ? d : d.plusDays(1);
  }

  /** @return whether the shift ends on the next day */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /** @return the length on a day without a clock change */
  public Duration nominalLength() {
    return nominalLength(start, end);
  }

  /**
   * A copy with breaks.
   *
   * @param value the breaks
   * @return the copy
   */
  public ShiftTemplate withBreaks(List<ShiftBreak> value) {
    return new ShiftTemplate(id, start, end, value, handover, extendsWhileCustomersWait, night);
  }

  /**
   * A copy with a handover window.
   *
   * @param value how long before the end the handover begins
   * @return the copy
   */
  public ShiftTemplate withHandover(Duration value) {
    return new ShiftTemplate(id, start, end, breaks, value, extendsWhileCustomersWait, night);
  }

  /**
   * A copy that runs on while customers still wait (ST-2).
   *
   * @param value whether it does
   * @return the copy
   */
  public ShiftTemplate withExtendsWhileCustomersWait(boolean value) {
    return new ShiftTemplate(id, start, end, breaks, handover, value, night);
  }

  /**
   * A copy with the night flag set (ST-8).
   *
   * @param value whether it is a night shift
   * @return the copy
   */
  public ShiftTemplate withNight(boolean value) {
    return new ShiftTemplate(id, start, end, breaks, handover, extendsWhileCustomersWait, value);
  }

  /**
   * Whether the shift that starts on a date takes place: its end, as {@link #endOn} resolves it,
   * is after its start, as {@link #startOn} resolves it. False only where a clock change
   * swallows it — on a date the zone skips whole, or when its start lies in a gap at least as long
   * as what remains of the shift after the gap.
   *
   * @param date the date it starts on
   * @param zone the shop's zone
   * @return true if it takes place
   */
  public boolean takesPlaceOn(LocalDate date, ZoneId zone) {
    return endOn(date, zone).isAfter(startOn(date, zone));
  }

  /**
   * When the shift starts on a date, in a zone.
   *
   * @param date the date it starts on
   * @param zone the shop's zone
   * @return the instant
   */
  public Instant startOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(date, start, zone).toInstant();
  }

  /**
   * When the shift that starts on a date ends.
   *
   * @param date the date it starts on
   * @param zone the shop's zone
   * @return the instant
   */
  public Instant endOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(crossesMidnight() ? date.plusDays(1) : date, end, zone).toInstant();
  }
}
