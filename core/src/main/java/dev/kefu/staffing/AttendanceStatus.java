package dev.kefu.staffing;

/** An agent's attendance on a day (ST-9, ST-16). */
public enum AttendanceStatus {
  /** At work on time, never off post for the absence threshold. */
  PRESENT,
  /** At work, late by less than the absence threshold. */
  LATE,
  /** Absent: never at work, late by the threshold or more, or off post for it (ST-9). */
  ABSENT,
  /** On approved leave. */
  ON_LEAVE,
  /** A rest day. */
  REST
}
