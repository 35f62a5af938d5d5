package dev.kefu.examples.backend;

import dev.kefu.examples.SimulatedClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CustomerPresence;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.order.StockPort;
import dev.kefu.testkit.contract.CustomerPresenceContract;
import dev.kefu.testkit.contract.OrderPortContract;
import dev.kefu.testkit.contract.StockPortContract;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The backend's JDBC order, stock and presence ports keep kefu's contracts (testkit), on H2. */
@DisplayName("The backend example's JDBC ports")
class JdbcPortsContractTest {


  private final List<ShopDatabase> opened = new ArrayList<>();

  private ShopDatabase open() {
    ShopDatabase db = ShopDatabase.open("contract");
    opened.add(db);
    return db;
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(ShopDatabase::close);
  }

  private static int count(ShopDatabase db, String sql, String value) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, value);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  /** When the ports' own tests and the order-port fixture run. */
  private static final Instant CONTRACT_NOW = Instant.parse("2026-03-02T08:00:00Z");

  @Nested
  @DisplayName("JdbcOrderPort (TK-7, TK-8)")
  class OrderPortTest extends OrderPortContract {

    private final Map<OrderPort, ShopDatabase> databases = new java.util.IdentityHashMap<>();

    @Override
    protected OrderPort newPort() {
      ShopDatabase db = open();
      Clock clock = Clock.fixed(CONTRACT_NOW, ZoneOffset.UTC);
      ShopBackend backend = new ShopBackend(db, new OrderEventOutbox(db, clock), clock);
      backend.registerCustomer(CustomerId.of("c-1"), "Customer c-1");
      List<LineItem> lines = List.of(new LineItem("SKU-1", "tea", 2, Money.of("10.00", "CNY")));
      backend.placeOrder(OrderId.of("o-1"), CustomerId.of("c-1"), PaymentMethod.CASH_ON_DELIVERY, lines);
      backend.placeOrder(OrderId.of("o-2"), CustomerId.of("c-1"), PaymentMethod.CASH_ON_DELIVERY, lines);
      backend.placeOrder(OrderId.of("o-3"), CustomerId.of("c-1"), PaymentMethod.PREPAID, lines);
      JdbcOrderPort port = new JdbcOrderPort(db, backend, clock);
      databases.put(port, db);
      return port;
    }

    @Override
    protected int timesClosed(OrderPort port, OrderId order) {
      return count(databases.get(port),
          "SELECT COUNT(*) FROM order_status_changes WHERE status = 'CLOSED' AND order_id = ?", order.value());
    }

    @Override
    protected int prepaidReplacements(OrderPort port, OrderId order) {
      return count(databases.get(port), "SELECT COUNT(*) FROM orders WHERE payment = 'PREPAID' AND replaces = ?",
          order.value());
    }
  }

  @Nested
  @DisplayName("JdbcStock (TK-14)")
  class StockTest extends StockPortContract {
    @Override
    protected StockPort newStock(Map<String, Integer> stock, LocalDate day, List<OutOfStockItem> outOfStock) {
      JdbcStock s = new JdbcStock(open());
      stock.forEach((sku, units) -> s.count(sku, units, Optional.empty()));
      s.publishOutOfStockList(day, outOfStock);
      return s;
    }
  }

  @Nested
  @DisplayName("JdbcCustomerPresence (TK-7)")
  class PresenceTest extends CustomerPresenceContract {
    @Override
    protected CustomerPresence newPresence(Set<CustomerId> online, Instant at) {
      ShopDatabase db = open();
      Clock clock = Clock.fixed(at, ZoneOffset.UTC);
      ShopBackend backend = new ShopBackend(db, new OrderEventOutbox(db, clock), clock);
      JdbcCustomerPresence presence = new JdbcCustomerPresence(db, clock, Duration.ofMinutes(15));
      for (String id : List.of("c-1", "c-2")) {
        backend.registerCustomer(CustomerId.of(id), "Customer " + id);
      }
      online.forEach(presence::signIn);
      return presence;
    }
  }

  @Test
  @DisplayName("TK-7 presence: online while the last activity lies within the window, offline after it and before sign-in")
  void presenceWindow() {
    ShopDatabase db = open();
    SimulatedClock clock = new SimulatedClock(CONTRACT_NOW, ZoneOffset.UTC);
    new ShopBackend(db, new OrderEventOutbox(db, clock), clock).registerCustomer(CustomerId.of("c-1"), "Customer c-1");
    JdbcCustomerPresence presence = new JdbcCustomerPresence(db, clock, Duration.ofMinutes(15));
    CustomerId c = CustomerId.of("c-1");

    long session = presence.signIn(c);
    clock.moveTo(CONTRACT_NOW.plus(Duration.ofMinutes(10)));
    presence.seen(session);
    clock.moveTo(CONTRACT_NOW.plus(Duration.ofMinutes(20)));
    presence.signOut(session);

    assertThat(presence.isOnline(c, CONTRACT_NOW.minusSeconds(1))).as("before sign-in").isFalse();
    assertThat(presence.isOnline(c, CONTRACT_NOW.plus(Duration.ofMinutes(35)))).as("15 minutes after sign-out").isTrue();
    assertThat(presence.isOnline(c, CONTRACT_NOW.plus(Duration.ofMinutes(35)).plusSeconds(1))).as("after the window").isFalse();
    assertThat(presence.isOnline(CustomerId.of("c-2"), CONTRACT_NOW)).isFalse();
  }
}
