package dev.kefu.spi.complaint;

/**
 * Where a complaint stands in the closed loop (CP-2 to CP-9). The legal moves are one table in
 * {@code kefu-core} ({@code dev.kefu.complaint.ComplaintLifecycle}).
 */
public enum ComplaintStatus {
  /** Registered at once: complainant, time, channel, content (CP-2). */
  REGISTERED,
  /** Assessed as not substantiated; the customer got an explanation (CP-3). Closed. */
  REJECTED,
  /** Substantiated; the responsible department investigates (CP-3, CP-4). */
  INVESTIGATING,
  /** One or more resolution options await a supervisor (CP-5). */
  RESOLUTION_PROPOSED,
  /** A supervisor approved one option (CP-5). */
  RESOLUTION_APPROVED,
  /** The resolution was carried out and the customer told; their answer is awaited (CP-6). */
  RESOLUTION_CARRIED_OUT,
  /** The customer accepted the resolution (CP-6). */
  ACCEPTED,
  /** The customer was revisited after handling (CP-7). */
  REVISITED,
  /** Reviewed and classified (CP-8). */
  REVIEWED,
  /** Archived: read-only, still reportable (CP-9). */
  ARCHIVED;

  /** @return true for the states in which the loop is closed */
  public boolean isClosed() {
    return this == REJECTED || this == REVIEWED || this == ARCHIVED;
  }
}
