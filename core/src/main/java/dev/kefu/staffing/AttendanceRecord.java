package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent's attendance on one day, derived from the roster and the agent's state timeline.
 *
 * @param agent whose
 * @param date the day (the date the shift starts on)
 * @param status the status
 * @param shift the rostered shift, if any
 * @param late how late the agent came to work, zero if on time
 * @param offPost the stretches away from work during the shift beyond the break allowance
 * @param overtime time at work after the end of a shift that runs on while customers wait (ST-2)
 * @param adherence the share of the shift spent as rostered (at work, or on a break within the
 *     allowance), 0 to 1
 * @param findings what the attendance rules found (ST-9), empty if nothing
 */
public record AttendanceRecord(StaffId agent, LocalDate date, AttendanceStatus status, Optional<Shift> shift, Duration late,
    List<StatePeriod> offPost, Duration overtime, double adherence, List<RuleFinding> findings) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if an argument is null
   */
  public AttendanceRecord {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(late, "late");
    offPost = List.copyOf(Objects.requireNonNull(offPost, "offPost"));
    Objects.requireNonNull(overtime, "overtime");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
  }
}
