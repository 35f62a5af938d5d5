package dev.kefu.staffing;

/** Where a leave request stands. */
public enum LeaveStatus {
  /** Every level of the approval chain has approved: the agent is on leave. */
  APPROVED,
  /** Waiting for the next level of the chain. */
  PENDING,
  /** Refused by a rule or by an approver; the agent is expected at work. */
  REFUSED,
  /**
   * Not approved before the leave's first shift began: if the agent stays away, the day counts as
   * absence (ST-5).
   */
  ABSENCE
}
