package dev.kefu.spi.customer;

/**
 * The shop's credit rating of a customer (CU-1), best first; the order of the constants is the
 * order in which customer files sort by rating (CU-5).
 */
public enum CreditRating {
  /** Always pays, never disputes. */
  EXCELLENT,
  /** Pays reliably. */
  GOOD,
  /** Some late payments or disputes. */
  FAIR,
  /** Frequent problems: unpaid orders, refused deliveries, malicious disputes. */
  POOR,
  /** Not yet rated. */
  UNRATED
}
