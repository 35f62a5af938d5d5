package dev.kefu.spi.order;

/** How an order is paid. */
public enum PaymentMethod {
  /** Paid online before shipping; an unpaid one gets a payment reminder (TK-7). */
  PREPAID,
  /** Paid to the courier on delivery, with a surcharge the buyer confirms first (TK-8). */
  CASH_ON_DELIVERY
}
