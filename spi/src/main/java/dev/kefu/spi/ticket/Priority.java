package dev.kefu.spi.ticket;

/** How urgent a ticket is; the order of the constants is from least to most urgent. */
public enum Priority {
  /** Can wait. */
  LOW,
  /** The default. */
  NORMAL,
  /** Needs attention soon. */
  HIGH,
  /** Needs attention now. */
  URGENT
}
