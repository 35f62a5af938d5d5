package dev.kefu.spi.event;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;

/**
 * An order was recorded on a customer's file (CU-1, CU-6).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param orderId the shop's order id
 * @param amount the order value in the shop currency
 * @param category the product category
 */
public record OrderRecorded(EventMeta meta, CustomerId customer, String orderId, Money amount, String category) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.order-recorded";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
