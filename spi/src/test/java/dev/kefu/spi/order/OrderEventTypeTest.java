package dev.kefu.spi.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.customer.CustomerId;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The stable type names of order events. A type name comes from its record's name, so the records
 * may not be renamed: the first test fails if one is.
 */
class OrderEventTypeTest {

  private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void theEventRecordsKeepTheirNames() {
    assertThat(Arrays.stream(OrderEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)).containsExactlyInAnyOrder(
        "Placed", "Paid", "Shipped", "ShippingDelayed", "Delivered", "ReturnedByCarrier", "RefundRequested", "Refunded",
        "ExchangeRequested", "ReviewPosted", "DisputeOpened");
  }

  @Test
  void anEventReportsItsPublishedTypeAndVersion() {
    OrderEvent paid = new OrderEvent.Paid("e-1", OrderId.of("o-1"), CustomerId.of("c-1"), AT);
    OrderEvent delivered = new OrderEvent.Delivered("e-2", OrderId.of("o-1"), CustomerId.of("c-1"), AT);
    OrderEvent delayed = new OrderEvent.ShippingDelayed("e-3", OrderId.of("o-1"), CustomerId.of("c-1"), AT, "storm",
        java.time.LocalDate.of(2026, 3, 4));
    assertThat(paid.type()).isEqualTo("order.paid");
    assertThat(delivered.type()).isEqualTo("order.delivered");
    assertThat(delayed.type()).isEqualTo("order.shipping-delayed");
    assertThat(paid.schemaVersion()).isEqualTo(1);
  }
}
