package dev.kefu.spi.complaint;

/** The kinds of resolution a complaint can get (CP-5, CP-11, CP-13). */
public enum ResolutionType {
  /** The customer returns the goods. */
  RETURN,
  /** The goods are exchanged. */
  EXCHANGE,
  /** Money is refunded. */
  REFUND,
  /** The goods are repaired. */
  REPAIR,
  /** Compensation is paid; above a limit it needs a supervisor (CP-13). */
  COMPENSATION,
  /** An explanation, for example of correct use (CP-11). */
  EXPLANATION,
  /** An apology. */
  APOLOGY
}
