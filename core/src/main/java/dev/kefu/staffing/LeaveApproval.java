package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * One approver's word on a leave request: an approval, or a refusal.
 *
 * @param approver who decided
 * @param at when
 */
public record LeaveApproval(StaffId approver, Instant at) {

  /**
   * Creates an approval.
   *
   * @throws NullPointerException if an argument is null
   */
  public LeaveApproval {
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(at, "at");
  }
}
