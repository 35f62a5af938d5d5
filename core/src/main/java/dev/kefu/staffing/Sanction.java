package dev.kefu.staffing;

/** What a breach of discipline earns (ST-10). */
public enum Sanction {
  /** The first breach: a warning. */
  WARNING,
  /** A repeat: a penalty. */
  PENALTY
}
