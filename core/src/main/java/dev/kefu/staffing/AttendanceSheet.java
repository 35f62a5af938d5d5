package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's attendance for a day, recorded by its team lead (ST-16).
 *
 * @param date the day
 * @param recordedBy the team lead who recorded it
 * @param records one per member of the team on the roster
 */
public record AttendanceSheet(LocalDate date, StaffId recordedBy, List<AttendanceRecord> records) {

  /**
   * Creates a sheet.
   *
   * @throws NullPointerException if an argument is null
   */
  public AttendanceSheet {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(recordedBy, "recordedBy");
    records = List.copyOf(Objects.requireNonNull(records, "records"));
  }

  /**
   * One agent's record.
   *
   * @param agent the agent
   * @return the record, if the agent is on the sheet
   */
  public Optional<AttendanceRecord> of(StaffId agent) {
    return records.stream().filter(r -> r.agent().equals(agent)).findFirst();
  }

  /**
   * How many agents have a status.
   *
   * @param status the status
   * @return the count
   */
  public long count(AttendanceStatus status) {
    return records.stream().filter(r -> r.status() == status).count();
  }
}
