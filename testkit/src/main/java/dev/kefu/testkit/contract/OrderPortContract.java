package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrderPort}: a repeated request key has no new effect and gets the same
 * answer; different requests get different prepaid orders.
 *
 * <p>Extend it, return a fresh port from {@link #newPort()}, and say how many times an order was
 * really closed and how many prepaid orders exist for an order.
 */
@Tag("kefu-contract")
@DisplayName("OrderPort contract")
public abstract class OrderPortContract {

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected OrderPortContract() {}

  /**
   * @return a fresh port over a fresh order system that knows orders {@code o-1} and {@code o-2}
   *     (placed cash on delivery) and {@code o-3}
   */
  protected abstract OrderPort newPort();

  /**
   * @param port the port
   * @param order an order
   * @return how many times the order system closed it
   */
  protected abstract int timesClosed(OrderPort port, OrderId order);

  /**
   * @param port the port
   * @param order an order
   * @return how many prepaid re-placements the order system holds for it
   */
  protected abstract int prepaidReplacements(OrderPort port, OrderId order);

  /** TK-8. */
  @Test
  @DisplayName("replaceAsPrepaid with a repeated key returns the same new order and places it once")
  public void replaceIsIdempotent() {
    OrderPort port = newPort();
    OrderId first = port.replaceAsPrepaid(OrderId.of("o-1"), "k-1");
    OrderId again = port.replaceAsPrepaid(OrderId.of("o-1"), "k-1");
    assertThat(again).isEqualTo(first);
    assertThat(first).isNotEqualTo(OrderId.of("o-1"));
    assertThat(prepaidReplacements(port, OrderId.of("o-1"))).isEqualTo(1);
  }

  /** TK-8. */
  @Test
  @DisplayName("replaceAsPrepaid with different keys for different orders gives different new orders")
  public void differentRequestsDifferentOrders() {
    OrderPort port = newPort();
    OrderId a = port.replaceAsPrepaid(OrderId.of("o-1"), "k-1");
    OrderId b = port.replaceAsPrepaid(OrderId.of("o-2"), "k-2");
    assertThat(a).isNotEqualTo(b);
  }

  /** TK-7. */
  @Test
  @DisplayName("closeReplaced with a repeated key closes the order once")
  public void closeIsIdempotent() {
    OrderPort port = newPort();
    port.closeReplaced(OrderId.of("o-1"), OrderId.of("o-3"), "k-1");
    port.closeReplaced(OrderId.of("o-1"), OrderId.of("o-3"), "k-1");
    assertThat(timesClosed(port, OrderId.of("o-1"))).isEqualTo(1);
    assertThat(timesClosed(port, OrderId.of("o-2"))).isZero();
  }
}
