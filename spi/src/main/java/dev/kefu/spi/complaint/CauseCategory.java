package dev.kefu.spi.complaint;

/** Why a complaint happened (CP-4, CP-8); the classification statistics group by it (QA-5). */
public enum CauseCategory {
  /** The product is defective: return or exchange (CP-11); goes to the quality owner (CP-4). */
  PRODUCT_QUALITY,
  /** The product was misused: an explanation (CP-11). */
  MISUSE,
  /** The service was at fault, for example an agent's manner: goes to the service supervisor (CP-4). */
  SERVICE,
  /** Delivery was late, lost or damaged. */
  LOGISTICS,
  /** The price or a promotion was wrong or unclear. */
  PRICING,
  /** Anything else. */
  OTHER
}
