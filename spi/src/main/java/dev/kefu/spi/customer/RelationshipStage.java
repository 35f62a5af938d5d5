package dev.kefu.spi.customer;

/** How far a customer's relationship with the shop has come, from their order history (CU-2). */
public enum RelationshipStage {
  /** Has not ordered yet. */
  PROSPECTIVE,
  /** First order recently (default: within 90 days) and few orders (default: fewer than 2). */
  NEW,
  /** Everyone else who has ordered. */
  RETURNING
}
