package dev.kefu.staffing;

/** The kinds of leave (ST-5, ST-7). */
public enum LeaveKind {
  /** Ordinary personal leave: requested at least a day before the shift (ST-5). */
  ORDINARY,
  /** Urgent personal leave: requested at least two hours before the shift (ST-5). */
  URGENT,
  /** Sick leave: like urgent leave, and the only kind someone else may request (ST-7). */
  SICK
}
