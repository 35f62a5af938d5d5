package dev.kefu.examples.backend;

import dev.kefu.examples.SimulatedClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The backend records each event with its fact, and relays what kefu has not taken. */
@DisplayName("The backend's order events and their relay")
class OrderEventOutboxTest {

  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
  private static final CustomerId C = CustomerId.of("c-1");
  private static final StaffId AGENT = StaffId.of("agent-1");

  private final SimulatedClock clock = new SimulatedClock(T0, ZoneId.of("Asia/Shanghai"));
  private final ShopDatabase db = ShopDatabase.open("outbox-test");
  private final OrderEventOutbox outbox = new OrderEventOutbox(db, clock);
  private final ShopBackend backend = new ShopBackend(db, outbox, clock);

  @AfterEach
  void close() {
    db.close();
  }

  private static List<LineItem> lines() {
    return List.of(new LineItem("SKU-1", "tea", 2, Money.of("10.00", "CNY")),
        new LineItem("SKU-2", "teaware", 1, Money.of("99.50", "CNY")));
  }

  private Kefu kefu() {
    Kefu kefu = Kefu.builder().storage(new InMemoryStorage()).clock(clock)
        .staffDirectory(InMemoryStaffDirectory.of(List.of(StaffMember.builder().id(AGENT).name("Agent").role(Role.AGENT).build())))
        .build();
    kefu.customers().register(RegisterCustomer.of(Origin.of(AGENT), C, "Customer", List.of(ContactPoint.of(Channel.SMS,
        "13800000000")), "Zhejiang", ZoneId.of("Asia/Shanghai")));
    return kefu;
  }

  @Test
  @DisplayName("every kind of order event comes back from the table as it was recorded, with the backend's event id and time")
  void everyEventRoundTrips() {
    backend.registerCustomer(C, "Customer");
    new JdbcStock(db).count("SKU-1", 10, Optional.empty());
    new JdbcStock(db).count("SKU-2", 10, Optional.empty());
    OrderId o = backend.placeOrder(C, PaymentMethod.PREPAID, lines(), Optional.of("leave at the door"));
    backend.pay(o);
    backend.delayShipping(o, "storm", LocalDate.of(2026, 3, 4));
    backend.ship(o, "SF", "SF1");
    backend.deliver(o);
    backend.carrierReturn(o, CarrierReturnKind.RETURNED, "too small", "restocked");
    backend.requestRefund(o, "too small", "buyer pays return", Optional.of(AGENT));
    backend.refund(o, Money.of("119.50", "CNY"));
    backend.requestExchange(o, "size 41 for 42", Money.of("0.00", "CNY"), "courier", Optional.empty());
    backend.review(o, 2, "slow", Optional.of(AGENT));
    backend.openDispute(o, "Taobao", "not as described");

    List<OrderEvent> events = outbox.all();

    assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("Placed", "Paid", "ShippingDelayed",
        "Shipped", "Delivered", "ReturnedByCarrier", "RefundRequested", "Refunded", "ExchangeRequested", "ReviewPosted",
        "DisputeOpened");
    assertThat(events).extracting(OrderEvent::eventId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("evt-"));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.orderId()).isEqualTo(o);
      assertThat(e.customerId()).isEqualTo(C);
      assertThat(e.occurredAt()).isEqualTo(T0);
    });
    assertThat(events.get(0)).isEqualTo(new OrderEvent.Placed(events.get(0).eventId(), o, C, T0, PaymentMethod.PREPAID, lines(),
        Optional.of("leave at the door"), Optional.empty(), false));
    assertThat(events.get(5)).isEqualTo(new OrderEvent.ReturnedByCarrier(events.get(5).eventId(), o, C, T0,
        CarrierReturnKind.RETURNED, "too small", "restocked"));
    assertThat(events.get(6)).isEqualTo(new OrderEvent.RefundRequested(events.get(6).eventId(), o, C, T0, "too small",
        "buyer pays return", Optional.of(AGENT)));
    assertThat(events.get(9)).isEqualTo(new OrderEvent.ReviewPosted(events.get(9).eventId(), o, C, T0, 2, "slow",
        Optional.of(AGENT)));
    assertThat(events.get(8)).isEqualTo(new OrderEvent.ExchangeRequested(events.get(8).eventId(), o, C, T0, "size 41 for 42",
        Money.of("0.00", "CNY"), "courier", Optional.empty()));
  }

  @Test
  @DisplayName("a fact that fails records no event: shipping what the warehouse does not hold rolls back")
  void noFactNoEvent() {
    backend.registerCustomer(C, "Customer");
    new JdbcStock(db).count("SKU-1", 1, Optional.empty()); // the order wants 2; SKU-2 is unknown
    OrderId o = backend.placeOrder(C, PaymentMethod.PREPAID, lines(), Optional.empty());

    assertThatThrownBy(() -> backend.ship(o, "SF", "SF1")).isInstanceOf(IllegalStateException.class);

    assertThat(outbox.all()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Placed");
    assertThat(backend.statusOf(o)).isEqualTo("PLACED");
    assertThat(new JdbcStock(db).available("SKU-1")).isEqualTo(1);
  }

  @Test
  @DisplayName("the relay feeds kefu each pending event once and marks it; nothing is pending afterwards")
  void relay() {
    Kefu kefu = kefu();
    backend.registerCustomer(C, "Customer");
    OrderId o = backend.placeOrder(C, PaymentMethod.CASH_ON_DELIVERY, lines(), Optional.empty());
    assertThat(outbox.pending()).isEqualTo(1);
    assertThat(kefu.orders().find(o)).as("nothing reaches kefu before the relay").isEmpty();

    assertThat(outbox.relayPending(kefu.orders())).isEqualTo(new OrderEventOutbox.Relay(1, 0));
    assertThat(outbox.relayPending(kefu.orders())).isEqualTo(new OrderEventOutbox.Relay(0, 0));

    assertThat(outbox.pending()).isZero();
    assertThat(kefu.orders().find(o).orElseThrow().tasks()).hasSize(1); // TK-8
  }

  @Test
  @DisplayName("an event kefu refuses (its customer is unknown to kefu) is kept with the reason and does not hold up the rest")
  void refusedEvent() {
    Kefu kefu = kefu();
    backend.registerCustomer(C, "Customer");
    backend.registerCustomer(CustomerId.of("c-not-in-kefu"), "Stranger");
    OrderId stranger = backend.placeOrder(CustomerId.of("c-not-in-kefu"), PaymentMethod.PREPAID, lines(), Optional.empty());
    OrderId known = backend.placeOrder(C, PaymentMethod.PREPAID, lines(), Optional.empty());

    OrderEventOutbox.Relay relay = outbox.relayPending(kefu.orders());

    assertThat(relay).isEqualTo(new OrderEventOutbox.Relay(1, 1));
    assertThat(kefu.orders().find(known)).isPresent();
    assertThat(kefu.orders().find(stranger)).isEmpty();
    assertThat(outbox.pending()).isZero();
    String error = db.inTransaction(c -> ShopBackend.string(c, "SELECT relay_error FROM order_events WHERE order_id = ?",
        stranger.value())).orElseThrow();
    assertThat(error).contains("customerId").doesNotContain("Stranger");
  }
}
