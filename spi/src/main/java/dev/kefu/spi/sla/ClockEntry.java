package dev.kefu.spi.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a clock's append-only log. Elapsed time, remaining time and the due instant are
 * derived from the log.
 *
 * @param kind what happened
 * @param at when
 * @param detail a short note: the escalation's recipient, a new target, why it stopped
 */
public record ClockEntry(Kind kind, Instant at, String detail) {

  /** What can happen to a clock. */
  public enum Kind {
    /** The clock started running. */
    STARTED,
    /** Time stopped counting (for example while waiting on the customer). */
    PAUSED,
    /** Time counts again. */
    RESUMED,
    /** The warning threshold passed. */
    WARNED,
    /** The due instant passed; the clock stays breached. */
    BREACHED,
    /** An escalation step fired. */
    ESCALATED,
    /** The host re-applied policies and the target changed. */
    RETARGETED,
    /** The promise was kept (or, if breached before, at last done). */
    FULFILLED,
    /** The clock no longer applies, for example the ticket closed unanswered. */
    STOPPED
  }

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public ClockEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }
}
