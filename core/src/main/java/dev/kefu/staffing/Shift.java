package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One agent's shift on one date of a roster, with its real start and end.
 *
 * @param agent who works it
 * @param date the date it starts on
 * @param template its template
 * @param start when it starts
 * @param end when it ends
 */
public record Shift(StaffId agent, LocalDate date, ShiftTemplate template, Instant start, Instant end) {

  /**
   * Creates a shift.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if it does not end after it starts
   */
  public Shift {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("shift of " + agent + " on " + date + " must end after it starts");
    }
  }

  /** @return its real length (an overnight shift on the night clocks go back is an hour longer) */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * Whether the shift covers an instant.
   *
   * @param instant the instant
   * @return true if {@code start <= instant < end}
   */
  public boolean covers(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** @return when its handover window opens */
  public Instant handoverFrom() {
    return end.minus(template.handover());
  }
}
