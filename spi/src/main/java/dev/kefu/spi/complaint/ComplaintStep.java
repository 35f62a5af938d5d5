package dev.kefu.spi.complaint;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a complaint's history: what was done, by whom, when, with a note (internal: never
 * shown to the customer, TK-19).
 *
 * @param action the lifecycle action, for example {@code "APPROVE_RESOLUTION"}
 * @param by who did it
 * @param at when
 * @param note what they recorded
 */
public record ComplaintStep(String action, StaffId by, Instant at, String note) {

  /**
   * Creates a step.
   *
   * @throws NullPointerException if an argument is null
   */
  public ComplaintStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
