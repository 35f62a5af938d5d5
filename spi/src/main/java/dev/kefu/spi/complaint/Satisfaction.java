package dev.kefu.spi.complaint;

/** What a revisited customer said (RV-4). */
public enum Satisfaction {
  /** Satisfied. */
  SATISFIED,
  /** Neither. */
  NEUTRAL,
  /** Unsatisfied: the dimension is recorded and an improvement item opened (RV-7). */
  UNSATISFIED
}
