package dev.kefu.order;

import dev.kefu.memory.InMemoryCustomerPresence;
import dev.kefu.memory.InMemoryOrderPort;
import dev.kefu.memory.InMemoryStock;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** A test shop wired with in-memory order, stock and presence ports the test can set and read. */
final class OrderFixtures {

  final InMemoryCustomerPresence presence = new InMemoryCustomerPresence();
  final InMemoryStock stock = new InMemoryStock();
  final InMemoryOrderPort port = new InMemoryOrderPort();
  final TestShop shop;
  private int seq;

  OrderFixtures() {
    this(new InMemoryStorage(), r -> r);
  }

  OrderFixtures(InMemoryStorage storage, UnaryOperator<OrderRules> rules) {
    shop = new TestShop(storage, b -> b.customerPresence(presence).stockPort(stock).orderPort(port)
        .orderRules(rules.apply(OrderRules.defaults())));
    shop.register("c-1");
    shop.register("c-2");
  }

  Orders orders() {
    return shop.kefu.orders();
  }

  Instant now() {
    return shop.clock.instant();
  }

  String nextId() {
    return "e-" + (++seq);
  }

  static List<LineItem> items(String amount) {
    return List.of(new LineItem("SKU-1", "shoes", 1, Money.of(amount, "CNY")));
  }

  OrderEvent.Placed placed(String order, String customer, PaymentMethod payment, String amount, Duration ago) {
    return OrderEvent.Placed.of(nextId(), OrderId.of(order), CustomerId.of(customer), now().minus(ago), payment, items(amount));
  }

  /** Delivers the outbox and returns what went out. */
  List<Notification> delivered() {
    shop.kefu.deliverNotifications();
    return List.copyOf(shop.channel.sent);
  }

  List<String> templates() {
    return delivered().stream().map(Notification::templateKey).toList();
  }

  /** Moves the clock to a local time today (Shanghai) and runs due work. */
  void runAt(String isoInstant) {
    shop.clock.set(Instant.parse(isoInstant));
    shop.kefu.runDueWork();
  }
}
