package dev.kefu.spi.complaint;

/** A department a complaint can be handed to (CP-3, CP-4, CP-8). */
public enum Department {
  /** Product quality: the quality owner. */
  QUALITY,
  /** Customer service: the service supervisor. */
  CUSTOMER_SERVICE,
  /** Warehouse and logistics. */
  LOGISTICS,
  /** Sales and pricing. */
  SALES,
  /** Anything else. */
  OTHER
}
