package dev.kefu.spi.customer;

/**
 * The service tier of a customer (CU-4). The tier decides SLA targets, routing and revisit
 * duties: members are revisited (RV-3), VIPs are served end to end by the VIP desk.
 */
public enum Tier {
  /** Every customer without a membership card. */
  STANDARD,
  /** Holds a valid membership card. */
  MEMBER,
  /** Served end to end by the VIP desk; by rule or set by a supervisor. */
  VIP
}
