package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A disciplinary record: whom, which day, the rule broken and the sanction (ST-4, ST-9, ST-10).
 *
 * @param agent whom it concerns
 * @param date the day of the breach
 * @param ruleId the rule broken, for example {@code "ST-9"}
 * @param sanction the sanction
 * @param detail what happened, without personal data
 */
public record DisciplinaryRecord(StaffId agent, LocalDate date, String ruleId, Sanction sanction, String detail) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if an argument is null
   */
  public DisciplinaryRecord {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(sanction, "sanction");
    Objects.requireNonNull(detail, "detail");
  }
}
