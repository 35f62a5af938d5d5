package dev.kefu.spi.customer;

/** The business status of a customer's account (CU-1). */
public enum AccountStatus {
  /** The customer can order and is served normally. */
  ACTIVE,
  /** The shop has suspended the account, for example after fraud. */
  SUSPENDED,
  /** The customer closed the account; the file is kept for reports. */
  CLOSED
}
