package dev.kefu.spi.sla;

/**
 * What an SLA clock measures. The first four are kept for every ticket a policy covers; the
 * duty metrics are started by the features that own the duty.
 */
public enum SlaMetric {
  /** From the customer's first message to the first agent reply (TK-4 for chat). */
  FIRST_RESPONSE,
  /** From the oldest unanswered customer message to the next agent reply. */
  NEXT_RESPONSE,
  /** Between agent replies while the ticket is open. */
  PERIODIC_UPDATE,
  /** From opening to resolved, pausing while waiting on the customer. */
  RESOLUTION,
  /** Contact the buyer of a cash-on-delivery order (TK-8). */
  COD_CONFIRMATION,
  /** Settle a negative review (TK-10). */
  NEGATIVE_REVIEW_RESOLUTION,
  /** Revisit the customer after a service (RV-5). */
  REVISIT;

  /** @return true for the metrics kefu starts on every ticket a policy covers */
  public boolean isTicketMetric() {
    return ordinal() <= RESOLUTION.ordinal();
  }
}
