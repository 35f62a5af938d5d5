package dev.kefu.spi.order;

/**
 * What kefu asks of the host's order system: close an order the customer re-placed (TK-7, only
 * with their consent) and re-place a cash-on-delivery order as prepaid when the buyer refused the
 * surcharge (TK-8). kefu calls it from due work after the decision is saved, so a failing call is
 * tried again; every call carries a request key, and a repeated key must have no new effect.
 *
 * <p>Run {@code OrderPortContract} from {@code kefu-testkit} against an implementation.
 * <b>Threading:</b> thread-safe. <b>Exceptions:</b> an unchecked exception means "not done, try
 * again later". Evolves only by adding default methods.
 */
public interface OrderPort {

  /**
   * Closes an order that the customer re-placed, with their consent.
   *
   * @param replaced the old order
   * @param replacement the new order
   * @param requestKey the same for a retry of the same request
   */
  void closeReplaced(OrderId replaced, OrderId replacement, String requestKey);

  /**
   * Re-places a cash-on-delivery order as prepaid.
   *
   * @param order the cash-on-delivery order
   * @param requestKey the same for a retry of the same request
   * @return the new, prepaid order; the same for a repeated key
   */
  OrderId replaceAsPrepaid(OrderId order, String requestKey);
}
