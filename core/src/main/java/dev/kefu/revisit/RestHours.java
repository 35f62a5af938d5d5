package dev.kefu.revisit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours in which customers are never disturbed (RV-2), in the customer's own time zone: by
 * default 21:00 to 09:00.
 *
 * @param from when rest starts, local time
 * @param until when rest ends, local time; at or before {@code from} means the next morning
 */
public record RestHours(LocalTime from, LocalTime until) {

  /**
   * Creates rest hours.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if they are empty
   */
  public RestHours {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (from.equals(until)) {
      throw new IllegalArgumentException("rest hours must not be empty or the whole day: " + from + "-" + until);
    }
  }

  /** @return 21:00 to 09:00, the default */
  public static RestHours defaults() {
    return new RestHours(LocalTime.of(21, 0), LocalTime.of(9, 0));
  }

  /**
   * Whether a local time is in the rest hours.
   *
   * @param time the local time
   * @return true if the customer rests then
   */
  public boolean contains(LocalTime time) {
    return from.isBefore(until)
        ? !time.isBefore(from) && time.isBefore(until)
        : !time.isBefore(from) || time.isBefore(until);
  }

  /**
   * The first instant at or after {@code at} outside the rest hours in a zone.
   *
   * @param at the wished-for instant
   * @param zone the customer's zone
   * @return {@code at} if the customer is awake then, else the end of their rest
   */
  public Instant nextAwake(Instant at, ZoneId zone) {
    ZonedDateTime local = ZonedDateTime.ofInstant(at, zone);
    if (!contains(local.toLocalTime())) {
      return at;
    }
    ZonedDateTime end = local.with(until);
    if (!end.isAfter(local)) {
      end = local.plusDays(1).with(until);
    }
    return end.toInstant();
  }
}
