package dev.kefu.testkit.generators;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CarrierReturn;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.staff.StaffId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Orders and order events. */
final class OrderGenerators {

  private static final List<String> SKUS = List.of("SKU-1", "SKU-2", "SKU-3", "SKU-4");
  private static final List<String> CATEGORIES = List.of("shoes", "鞋", "bags", "dresses");
  private static final List<String> REASONS = List.of("wrong size", "尺码不合适", "damaged", "late");

  private OrderGenerators() {}

  static LineItem lineItem(RandomGenerator random, Currency currency) {
    return new LineItem(Values.pick(random, SKUS), Values.pick(random, CATEGORIES), 1 + random.nextInt(3),
        new Money(BigDecimal.valueOf(1 + random.nextInt(3000)), currency));
  }

  static Order order(RandomGenerator random, OrderId id, CustomerId customer, Optional<StaffId> takenBy, Instant placedAt,
      Currency currency) {
    List<LineItem> items = List.of(lineItem(random, currency));
    Order.Builder b = Order.builder().id(id).customer(customer).version(1).takenBy(takenBy);
    if (random.nextInt(5) > 0) {
      b.placedAt(placedAt).payment(random.nextBoolean() ? PaymentMethod.PREPAID : PaymentMethod.CASH_ON_DELIVERY).items(items)
          .total(items.get(0).amount());
      if (random.nextBoolean()) {
        b.paidAt(placedAt.plusSeconds(60));
      }
    }
    if (random.nextInt(4) == 0) {
      b.addReturns(new CarrierReturn(OrderEvent.CarrierReturnKind.REJECTED, Values.pick(random, REASONS), "restocked",
          placedAt.plus(Duration.ofDays(2))));
      b.addFlags(OrderFlag.green(placedAt.plus(Duration.ofDays(2)), ZoneOffset.UTC, "rejected", "kefu"));
    }
    return b.build();
  }

  /**
   * The events of one order, in the order they happen: placed first, then a few of the others,
   * each one to 90 minutes after the one before; event ids {@code <order>/<n>}.
   */
  static List<OrderEvent> orderStream(RandomGenerator random, OrderId id, CustomerId customer, Instant start, Currency currency,
      List<StaffId> agents) {
    List<OrderEvent> out = new ArrayList<>();
    Instant at = start;
    int n = 0;
    List<LineItem> items = new ArrayList<>();
    for (int i = 0, lines = 1 + random.nextInt(2); i < lines; i++) {
      items.add(lineItem(random, currency));
    }
    PaymentMethod payment = random.nextBoolean() ? PaymentMethod.PREPAID : PaymentMethod.CASH_ON_DELIVERY;
    out.add(new OrderEvent.Placed(id + "/" + (++n), id, customer, at, payment, items,
        random.nextBoolean() ? Optional.of("leave at the door") : Optional.empty(), Optional.empty(), false));
    int more = random.nextInt(5);
    for (int i = 0; i < more; i++) {
      at = at.plus(Duration.ofMinutes(1 + random.nextInt(90)));
      String eid = id + "/" + (++n);
      Optional<StaffId> agent = random.nextBoolean() ? Optional.empty() : Optional.of(Values.pick(random, agents));
      out.add(switch (random.nextInt(10)) {
        case 0 -> new OrderEvent.Paid(eid, id, customer, at);
        case 1 -> new OrderEvent.Shipped(eid, id, customer, at, "SF", "SF" + random.nextInt(1_000_000));
        case 2 -> new OrderEvent.ShippingDelayed(eid, id, customer, at, "storm", LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(2));
        case 3 -> new OrderEvent.Delivered(eid, id, customer, at);
        case 4 -> new OrderEvent.ReturnedByCarrier(eid, id, customer, at,
            random.nextBoolean() ? OrderEvent.CarrierReturnKind.REJECTED : OrderEvent.CarrierReturnKind.RETURNED,
            Values.pick(random, REASONS), "restocked");
        case 5 -> new OrderEvent.RefundRequested(eid, id, customer, at, Values.pick(random, REASONS), "buyer pays return", agent);
        case 6 -> new OrderEvent.Refunded(eid, id, customer, at, new Money(BigDecimal.TEN, currency));
        case 7 -> new OrderEvent.ExchangeRequested(eid, id, customer, at, "size 41 for 42", Money.zero(currency), "seller pays",
            agent);
        case 8 -> new OrderEvent.ReviewPosted(eid, id, customer, at, 1 + random.nextInt(5), "评价 review", agent);
        default -> new OrderEvent.DisputeOpened(eid, id, customer, at, "Taobao", "not as described");
      });
    }
    return out;
  }
}
