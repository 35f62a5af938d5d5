package dev.kefu.spi.ticket;

/** What a ticket is about (TK-1). */
public enum TicketKind {
  /** A question before buying. */
  PRE_SALE_INQUIRY,
  /** Order handling: confirmation, shipping, logistics. */
  ORDER_HANDLING,
  /** After-sale: return, exchange, refund. */
  AFTER_SALE,
  /** A complaint (the closed loop, CP-1 to CP-13). */
  COMPLAINT,
  /** Following up a negative review (TK-10). */
  NEGATIVE_REVIEW,
  /** A dispute raised on the marketplace platform. */
  PLATFORM_DISPUTE,
  /** Technical support. */
  TECHNICAL_SUPPORT,
  /** A suggestion from the customer. */
  SUGGESTION,
  /** An outbound revisit (RV-1 to RV-8). */
  REVISIT,
  /** A reminder to pay an unpaid order (TK-7). */
  PAYMENT_REMINDER,
  /** Confirming a cash-on-delivery order (TK-8). */
  COD_CONFIRMATION
}
