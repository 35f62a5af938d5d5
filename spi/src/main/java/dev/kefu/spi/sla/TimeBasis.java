package dev.kefu.spi.sla;

/** Whether a target counts working time on a business calendar or plain elapsed time. */
public enum TimeBasis {
  /** Only working time of the policy's business calendar counts. */
  BUSINESS,
  /** Every second counts, day and night. */
  CALENDAR
}
