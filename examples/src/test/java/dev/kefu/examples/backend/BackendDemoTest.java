package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.DemoDay.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.Kefu;
import dev.kefu.order.AgentMentions;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.order.CarrierReturn;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What kefu did with the backend's order events over the demo day. */
@DisplayName("The backend demo day")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackendDemoTest {

  private DemoDay day;
  private Kefu kefu;

  @BeforeAll
  void runTheDay() {
    day = DemoDay.run();
    kefu = day.host.kefu;
  }

  @AfterAll
  void close() {
    day.close();
  }

  private Order order(OrderId id) {
    return kefu.orders().find(id).orElseThrow();
  }

  private OrderTask task(OrderId id, TicketKind kind) {
    return order(id).tasks().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private Ticket ticket(OrderTask task) {
    return kefu.tickets().find(task.ticket()).orElseThrow();
  }

  private List<Notification> sent(String template) {
    return day.host.sent.all().stream().filter(n -> n.templateKey().equals(template)).toList();
  }

  @Test
  @DisplayName("TK-8 the COD order opens a confirmation ticket whose 30-minute clock starts at the order's time, 09:00")
  void codConfirmation() {
    OrderTask task = task(day.cod, TicketKind.COD_CONFIRMATION);
    SlaClock clock = kefu.sla().clocks(task.ticket()).stream().filter(c -> c.metric() == SlaMetric.COD_CONFIRMATION)
        .findFirst().orElseThrow();

    assertThat(task.ruleId()).isEqualTo("TK-8");
    assertThat(task.from()).isEqualTo(at(LocalTime.of(9, 0)));
    assertThat(clock.startedAt()).isEqualTo(at(LocalTime.of(9, 0)));
    assertThat(clock.target()).isEqualTo(SlaTarget.calendar(Duration.ofMinutes(30)));
    assertThat(clock.status()).isEqualTo(SlaClock.Status.FULFILLED); // answered at 09:20
    assertThat(clock.breached()).isFalse();
  }

  @Test
  @DisplayName("TK-8 a refused surcharge: the backend re-places the order as prepaid, once, and the COD order is closed in both")
  void codRefused() {
    List<OrderId> replacements = day.backendOrders().stream()
        .filter(id -> order(id).replaces().equals(Optional.of(day.cod))).toList();

    assertThat(replacements).singleElement().satisfies(id -> {
      assertThat(order(id).payment()).contains(dev.kefu.spi.order.PaymentMethod.PREPAID);
      assertThat(day.host.backend.statusOf(id)).isEqualTo("PLACED");
    });
    assertThat(day.host.backend.statusOf(day.cod)).isEqualTo("CLOSED");
    assertThat(order(day.cod).stage()).isEqualTo(Order.Stage.CLOSED);
  }

  @Test
  @DisplayName("TK-5 the large order without instructions goes to the supervisor, who is told; the dispute to the shop manager")
  void escalations() {
    OrderTask large = task(day.large, TicketKind.ORDER_HANDLING);
    OrderTask dispute = task(day.large, TicketKind.PLATFORM_DISPUTE);

    assertThat(large.ruleId()).isEqualTo("TK-5");
    assertThat(ticket(large).owner()).contains(DemoDay.SUPERVISOR);
    assertThat(sent("order.large")).extracting(n -> n.recipient().id()).containsExactly(DemoDay.SUPERVISOR.value());
    assertThat(ticket(dispute).owner()).contains(DemoDay.MANAGER);
    assertThat(dispute.from()).isEqualTo(at(LocalTime.of(18, 0)));
    assertThat(sent("order.dispute")).extracting(n -> n.recipient().id()).containsExactly(DemoDay.MANAGER.value());
    assertThat(order(day.exchanged).tasks()).extracting(OrderTask::kind).doesNotContain(TicketKind.ORDER_HANDLING);
  }

  @Test
  @DisplayName("TK-7 at 16:00 only the customer online in the app is reminded; the offline customer's unpaid order is not")
  void paymentReminder() {
    OrderId offlineUnpaid = day.backendOrders().stream().filter(id -> order(id).replaces().isPresent()).findFirst().orElseThrow();

    assertThat(order(day.unpaid).paymentReminded()).isTrue();
    assertThat(order(day.unpaid).flags()).extracting(OrderFlag::colour).containsExactly(OrderFlag.Colour.RED,
        OrderFlag.Colour.YELLOW);
    assertThat(order(offlineUnpaid).awaitsPayment()).isTrue();
    assertThat(order(offlineUnpaid).paymentReminded()).isFalse();
    assertThat(sent("order.payment-reminder")).extracting(n -> n.parameters().get("orderId"))
        .containsExactly(day.unpaid.value());
  }

  @Test
  @DisplayName("TK-14 the large order is short of stock at confirmation (green flag); the out-of-stock list is the warehouse's")
  void stock() {
    Order large = order(day.large);
    assertThat(large.confirmedAt()).isEmpty();
    assertThat(large.flags()).extracting(OrderFlag::colour).contains(OrderFlag.Colour.GREEN);
    assertThat(order(day.rejected).confirmedAt()).contains(at(LocalTime.of(10, 40)));
    assertThat(kefu.orders().outOfStock(DemoDay.DATE)).containsExactly(
        new OutOfStockItem(DemoDay.CUPS, Optional.of(DemoDay.DATE.plusDays(2))),
        new OutOfStockItem(DemoDay.TRAY, Optional.empty()));
  }

  @Test
  @DisplayName("TK-13, TK-6 the parcel rejected at the door is recorded with reason and outcome, green; the refund blue")
  void carrierReturn() {
    Order rejected = order(day.rejected);
    assertThat(rejected.returns()).containsExactly(new CarrierReturn(CarrierReturnKind.REJECTED,
        "buyer not at home three times", "restocked", at(LocalTime.of(14, 0))));
    assertThat(rejected.flags()).extracting(OrderFlag::colour).containsExactly(OrderFlag.Colour.GREEN, OrderFlag.Colour.BLUE);
    assertThat(rejected.stage()).isEqualTo(Order.Stage.REFUNDED);
    assertThat(day.host.stock.available(DemoDay.TEAPOT)).as("shipped one of two, then restocked").isEqualTo(2);
  }

  @Test
  @DisplayName("TK-10, TK-18 the one-star review naming an agent: a follow-up at the late shift due in 3 days, criticism counted")
  void negativeReview() {
    OrderTask review = task(day.exchanged, TicketKind.NEGATIVE_REVIEW);
    SlaClock clock = kefu.sla().clocks(review.ticket()).stream()
        .filter(c -> c.metric() == SlaMetric.NEGATIVE_REVIEW_RESOLUTION).findFirst().orElseThrow();

    assertThat(ticket(review).owner()).contains(DemoDay.LATE);
    assertThat(kefu.sla().math(clock).dueAt()).contains(at(LocalTime.of(17, 0)).plus(Duration.ofDays(3)));
    assertThat(kefu.orders().mentions(at(LocalTime.MIDNIGHT), at(LocalTime.of(23, 0))))
        .containsExactly(new AgentMentions(DemoDay.EARLY, 0, 1));
    assertThat(order(day.exchanged).flags()).extracting(OrderFlag::colour).containsExactly(OrderFlag.Colour.PURPLE);
  }

  @Test
  @DisplayName("TK-9 the day's shipping and delay notices go out at 20:00")
  void notices() {
    Map<String, List<String>> byTemplate = day.host.sent.all().stream()
        .filter(n -> n.templateKey().equals("order.shipped") || n.templateKey().equals("order.delayed"))
        .collect(Collectors.groupingBy(Notification::templateKey,
            Collectors.mapping(n -> n.parameters().get("orderId"), Collectors.toList())));
    assertThat(byTemplate).containsOnly(
        Map.entry("order.shipped", List.of(day.exchanged.value(), day.rejected.value())),
        Map.entry("order.delayed", List.of(day.large.value())));
    assertThat(day.text()).contains("20:00    kefu   sent order.delayed");
  }

  @Test
  @DisplayName("TK-16 the worklists at 17:30: the early agent's unpaid order to chase, the late agent's negative review")
  void worklists() {
    assertThat(day.earlyWorklist.unpaidOrders()).extracting(Order::id).containsExactly(day.unpaid);
    assertThat(day.earlyWorklist.negativeReviews()).isEmpty();
    assertThat(day.lateWorklist.negativeReviews()).extracting(Ticket::id)
        .containsExactly(task(day.exchanged, TicketKind.NEGATIVE_REVIEW).ticket());
  }

  @Test
  @DisplayName("every order the backend has is in kefu at the backend's stage, and every recorded event was relayed")
  void sameOrdersInBoth() {
    Map<OrderId, String> backend = day.backendOrders().stream()
        .collect(Collectors.toMap(Function.identity(), day.host.backend::statusOf));
    Map<OrderId, String> inKefu = day.backendOrders().stream()
        .collect(Collectors.toMap(Function.identity(), id -> order(id).stage().name()));

    assertThat(inKefu).isEqualTo(backend);
    assertThat(backend).hasSize(6);
    assertThat(day.host.outbox.pending()).isZero();
    assertThat(day.replayed).isEqualTo(day.host.outbox.all().size()).isEqualTo(19);
  }

  @Test
  @DisplayName("relaying every event again, as after a crash before the relay marks, changes nothing in kefu")
  void relayTwice() {
    assertThat(day.countsAfterReplay).isEqualTo(day.countsBeforeReplay);
    assertThat(day.tablesAfterReplay).isEqualTo(day.tablesBeforeReplay);
    List<Order> before = day.backendOrders().stream().map(this::order).toList();

    // a crash between feeding kefu and marking the events relayed: all of them look pending again
    int forgotten = day.host.db.inTransaction(c -> ShopBackend.update(c, "UPDATE order_events SET relayed_at = NULL"));
    OrderEventOutbox.Relay again = day.host.outbox.relayPending(kefu.orders());

    assertThat(again.relayed()).isEqualTo(forgotten).isPositive();
    assertThat(day.backendOrders().stream().map(this::order).toList()).isEqualTo(before);
    assertThat(StoreCounts.of(day.host.kefuStorage)).isEqualTo(day.countsBeforeReplay);
    assertThat(day.kefuTables()).isEqualTo(day.tablesBeforeReplay);
  }
}
