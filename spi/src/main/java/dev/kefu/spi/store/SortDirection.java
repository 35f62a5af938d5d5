package dev.kefu.spi.store;

/** Ascending or descending. */
public enum SortDirection {
  /** Smallest first. */
  ASCENDING,
  /** Largest first. */
  DESCENDING
}
