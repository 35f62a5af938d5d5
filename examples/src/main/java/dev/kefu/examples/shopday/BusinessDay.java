package dev.kefu.examples.shopday;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The simulated day's calendar in the shop's time zone: the customer base is imported from 08:00,
 * the early shift opens the desk at 08:30, and the late shift closes it at 01:00 the next
 * morning (ST-2). After close the back office follows the day's complaints on, to noon two days
 * later.
 *
 * @param date the day
 * @param zone the shop's time zone
 */
record BusinessDay(LocalDate date, ZoneId zone) {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  /**
   * Creates the calendar.
   *
   * @throws NullPointerException if an argument is null
   */
  BusinessDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * A time on the day, or on the next day for times before the desk opens.
   *
   * @param time the local time
   * @return the instant; 00:00 to 08:29 fall on the next morning
   */
  Instant at(LocalTime time) {
    LocalDate d = time.isBefore(LocalTime.of(8, 0)) ? date.plusDays(1) : date;
    return ZonedDateTime.of(d, time, zone).toInstant();
  }

  /** @return when the simulation starts and the existing customers are imported */
  Instant importStart() {
    return at(LocalTime.of(8, 0));
  }

  /** @return how long the import of the existing customers takes */
  Duration importWindow() {
    return Duration.ofMinutes(25);
  }

  /** @return when the early shift opens the desk */
  Instant open() {
    return at(Staffing.EARLY.start());
  }

  /** @return when the early shift hands its open tickets to the late shift */
  Instant handover() {
    return at(Staffing.EARLY.end());
  }

  /** @return when the late shift closes the desk and the simulation ends */
  Instant close() {
    return at(Staffing.LATE.end());
  }

  /**
   * A time on a day after the simulated one, for the back office that follows the complaints on.
   *
   * @param days how many days after the simulated day
   * @param time the local time
   * @return the instant
   */
  Instant later(int days, LocalTime time) {
    return ZonedDateTime.of(date.plusDays(days), time, zone).toInstant();
  }

  /**
   * @return when the back office stops following the day's complaints: noon two days later,
   *     after the last revisit kefu can have planned for them (a complaint accepted just before
   *     close is revisited the next evening, or the morning after if the customer rests then)
   */
  Instant backOfficeEnd() {
    return later(2, LocalTime.of(12, 0));
  }

  /** @return the last time a contact arrives */
  Instant lastContact() {
    return at(LocalTime.of(0, 45));
  }

  /** @return the last time someone signs up */
  Instant lastSignUp() {
    return at(LocalTime.of(23, 30));
  }

  /**
   * A moment drawn evenly between two times, to the second.
   *
   * @param from the earliest, inclusive
   * @param to the latest, exclusive
   * @param random the random source
   * @return the moment
   */
  Instant randomMoment(Instant from, Instant to, SplittableRandom random) {
    long seconds = Duration.between(from, to).toSeconds();
    return from.plusSeconds(random.nextLong(Math.max(1, seconds)));
  }

  /**
   * Formats an instant in the shop's zone for the summary.
   *
   * @param instant the instant
   * @return for example {@code Mon 2026-03-02 08:00}
   */
  String format(Instant instant) {
    return STAMP.format(instant.atZone(zone));
  }
}
