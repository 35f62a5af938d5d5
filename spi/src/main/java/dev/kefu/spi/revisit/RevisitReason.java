package dev.kefu.spi.revisit;

/** Why a customer is revisited. */
public enum RevisitReason {
  /** After a handled complaint (CP-7). */
  COMPLAINT,
  /** After a service, within 3 days (RV-5). */
  SERVICE,
  /** Every member on the 1st and 15th of each month (RV-3, RV-6). */
  MEMBER
}
