package dev.kefu.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One working interval of a day in local time: from {@code start} to {@code end}. An end at or
 * before the start means the interval ends on the next day (the 17:30–01:00 late shift of ST-2);
 * {@code 00:00–00:00} is the whole day. The interval belongs to the local date it starts on.
 *
 * @param start the local start time, whole seconds
 * @param end the local end time, whole seconds; at or before {@code start} means the next day
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  /**
   * Creates working hours.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time has a fraction of a second
   */
  public WorkingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("working hours are whole seconds, was " + start + "-" + end);
    }
  }

  /**
   * Working hours from text, for example {@code "09:00-12:00"} or {@code "17:30-01:00"}.
   *
   * @param text {@code HH:mm-HH:mm}
   * @return the working hours
   * @throws IllegalArgumentException if the text is not in that form
   */
  public static WorkingHours parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.trim().split("\\s*[-–]\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("working hours must look like 09:00-18:00, was " + text);
    }
    try {
      return new WorkingHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("working hours must look like 09:00-18:00, was " + text, e);
    }
  }

  /**
   * Working hours.
   *
   * @param start the start
   * @param end the end; at or before the start means the next day
   * @return the working hours
   */
  public static WorkingHours of(LocalTime start, LocalTime end) {
    return new WorkingHours(start, end);
  }

  /** @return true if the interval ends on the next day */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /** @return the nominal length in local time, ignoring daylight saving: 1 minute to 24 hours */
  public Duration nominalLength() {
    long seconds = end.toSecondOfDay() - start.toSecondOfDay();
    return Duration.ofSeconds(seconds <= 0 ? seconds + 86_400 : seconds);
  }

  /** @return the start as seconds of its day */
  int startSecond() {
    return start.toSecondOfDay();
  }

  /** @return the end as seconds from the start of the day the interval starts on (up to 172,800) */
  int endSecond() {
    return startSecond() + (int) nominalLength().getSeconds();
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
