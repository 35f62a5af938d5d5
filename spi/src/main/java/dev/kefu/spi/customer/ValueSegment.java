package dev.kefu.spi.customer;

/**
 * A customer's value to the shop from trailing-twelve-month spend and order count (CU-3). Key is
 * checked first, then occasional, else general.
 */
public enum ValueSegment {
  /** Top spenders (default: at least 10,000 in the shop currency or at least 20 orders). */
  KEY,
  /** Everyone who is neither key nor occasional. */
  GENERAL,
  /** At most one order (default) in the trailing twelve months. */
  OCCASIONAL
}
