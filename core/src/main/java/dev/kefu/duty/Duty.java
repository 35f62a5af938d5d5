package dev.kefu.duty;

import java.util.Objects;

/**
 * A recurring duty of the shop, run as due work: each occurrence raises one
 * {@link dev.kefu.spi.event.DutyDue} event exactly once, however many kefu instances run, and in
 * order. Hosts read the events from the event log; kefu's own features hang their duties here.
 *
 * @param id a stable id, for example {@code "payment-reminders"}
 * @param schedule when it comes due
 * @param calendarId the business calendar the schedule is evaluated on
 */
public record Duty(String id, DutySchedule schedule, String calendarId) {

  /**
   * Creates a duty.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or holds a slash
   */
  public Duty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(calendarId, "calendarId");
    if (id.isBlank() || id.contains("/")) {
      throw new IllegalArgumentException("a duty id must be non-blank and without '/', was " + id);
    }
  }

  /**
   * A duty on the shop calendar.
   *
   * @param id the id
   * @param schedule when it comes due
   * @return the duty
   */
  public static Duty of(String id, DutySchedule schedule) {
    return new Duty(id, schedule, dev.kefu.sla.SlaPolicy.SHOP_CALENDAR);
  }
}
