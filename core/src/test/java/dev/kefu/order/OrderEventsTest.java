package dev.kefu.order;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.MANAGER;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.InvalidCommandException;
import dev.kefu.Kefu;
import dev.kefu.Violation;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.AgentMentioned;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staffing.HandOver;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Order events in")
class OrderEventsTest {

  // TestShop.START is 2026-03-02T02:00Z: Monday 10:00 in Shanghai
  private static final String AT_16 = "2026-03-02T08:00:00Z";
  private static final String AT_20 = "2026-03-02T12:00:00Z";

  private final OrderFixtures f = new OrderFixtures();

  private Order order(String id) {
    return f.orders().find(OrderId.of(id)).orElseThrow();
  }

  private Ticket ticket(OrderTask task) {
    return f.shop.kefu.tickets().find(task.ticket()).orElseThrow();
  }

  private OrderTask task(String order, TicketKind kind) {
    return order(order).tasks().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  private SlaClock clock(Ticket t, SlaMetric metric) {
    return f.shop.kefu.sla().clocks(t.id()).stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
  }

  private OrderEvent.ReviewPosted review(String order, int rating, StaffId named) {
    return new OrderEvent.ReviewPosted(f.nextId(), OrderId.of(order), CustomerId.of("c-1"), f.now(), rating, "text",
        Optional.ofNullable(named));
  }

  @Nested
  @DisplayName("idempotence and ordering")
  class Feeding {

    @Test
    @DisplayName("the same event id twice has one effect")
    void sameEventTwice() {
      OrderEvent.Placed p = f.placed("o-1", "c-1", PaymentMethod.CASH_ON_DELIVERY, "100", Duration.ZERO);
      Order first = f.orders().feed(p);
      Map<String, Long> before = f.shop.counts();

      Order again = f.orders().feed(p);

      assertThat(again).isEqualTo(first);
      assertThat(f.shop.counts()).isEqualTo(before);
      assertThat(order("o-1").tasks()).hasSize(1);
    }

    @Test
    @DisplayName("the same event fed to two instances on one storage has one effect")
    void acrossInstances() {
      InMemoryStorage shared = new InMemoryStorage();
      OrderFixtures a = new OrderFixtures(shared, r -> r);
      Kefu b = new TestShop(shared, x -> {}).kefu;
      OrderEvent.Placed p = a.placed("o-1", "c-1", PaymentMethod.CASH_ON_DELIVERY, "100", Duration.ZERO);

      a.orders().feed(p);
      long tickets = shared.counts().get("tickets");
      Order viaB = b.orders().feed(p);

      assertThat(viaB.tasks()).hasSize(1);
      assertThat(shared.counts().get("tickets")).isEqualTo(tickets).isEqualTo(1L);
    }

    @Test
    @DisplayName("a late 'placed' after 'paid' leaves a placed and paid order")
    void latePlaced() {
      Instant paidAt = f.now().minus(Duration.ofMinutes(5));
      f.orders().feed(new OrderEvent.Paid(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), paidAt));
      assertThat(order("o-1").stage()).isEqualTo(Order.Stage.PAID);

      Order o = f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ofMinutes(10)));

      assertThat(o.stage()).isEqualTo(Order.Stage.PAID);
      assertThat(o.paidAt()).contains(paidAt);
      assertThat(o.placedAt()).isPresent();
      assertThat(o.awaitsPayment()).isFalse();
    }

    @Test
    @DisplayName("bad input: one exception listing every violation, and nothing changes")
    void badInput() {
      Map<String, Long> before = f.shop.counts();
      OrderEvent.Placed bad = new OrderEvent.Placed("", OrderId.of("o-9"), CustomerId.of("nobody"), f.now(),
          null, List.of(new LineItem("SKU-1", "shoes", 0, Money.of("10", "USD"))), null, null, false);

      InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> f.orders().feed(bad));

      assertThat(e).isNotNull();
      assertThat(e.violations()).extracting(Violation::path)
          .contains("eventId", "payment", "items[0].quantity", "customerId", "items[0].unitPrice");
      assertThat(f.shop.counts()).isEqualTo(before);
      assertThat(f.orders().find(OrderId.of("o-9"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("TK-6 order flags with their fixed note shapes")
  class Flags {

    @Test
    @DisplayName("TK-6 red: agent name: customer's requests")
    void red() {
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO));
      Order o = f.orders().take(new TakeOrder(by(AGENT), OrderId.of("o-1"), "gift wrap, no invoice"));
      assertThat(o.flags()).containsExactly(new OrderFlag(OrderFlag.Colour.RED, "Name of agent-1: gift wrap, no invoice", f.now()));
      assertThat(o.takenBy()).contains(AGENT);
    }

    @Test
    @DisplayName("TK-6 purple, blue and green: date | ... | agent")
    void purpleBlueGreen() {
      Instant at = f.now();
      f.orders().feed(new OrderEvent.ExchangeRequested(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), at,
          "size 41 for 42", Money.of("0", "CNY"), "buyer pays return", Optional.of(AGENT)));
      f.orders().feed(new OrderEvent.RefundRequested(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), at,
          "damaged", "seller pays return", Optional.empty()));
      f.orders().feed(new OrderEvent.ReturnedByCarrier(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), at,
          CarrierReturnKind.REJECTED, "wrong address", "restocked"));

      assertThat(order("o-1").flags()).extracting(OrderFlag::colour, OrderFlag::note).containsExactly(
          org.assertj.core.groups.Tuple.tuple(OrderFlag.Colour.PURPLE, "2026-03-02 | size 41 for 42 | 0 CNY | buyer pays return | agent-1"),
          org.assertj.core.groups.Tuple.tuple(OrderFlag.Colour.BLUE, "2026-03-02 | damaged | seller pays return | kefu"),
          org.assertj.core.groups.Tuple.tuple(OrderFlag.Colour.GREEN, "2026-03-02 | rejected by carrier: wrong address | kefu"));
    }

    @Test
    @DisplayName("TK-6 yellow: payment reminder | date")
    void yellow() {
      f.shop.kefu.runDueWork(); // the first call schedules the duties
      f.presence.online(CustomerId.of("c-1"));
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO));
      f.runAt(AT_16);
      assertThat(order("o-1").flags()).extracting(OrderFlag::colour, OrderFlag::note)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderFlag.Colour.YELLOW, "payment reminder | 2026-03-02"));
    }
  }

  @Nested
  @DisplayName("TK-7 payment reminders")
  class Reminders {

    @Test
    @DisplayName("TK-7 at 16:00 on the order day, only to online customers with the order still unpaid")
    void onlyOnlineUnpaid() {
      f.presence.online(CustomerId.of("c-1"));
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO)); // online, unpaid
      f.orders().feed(f.placed("o-2", "c-2", PaymentMethod.PREPAID, "100", Duration.ZERO)); // offline
      f.orders().feed(f.placed("o-3", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO)); // paid
      f.orders().feed(new OrderEvent.Paid(f.nextId(), OrderId.of("o-3"), CustomerId.of("c-1"), f.now()));

      f.runAt("2026-03-02T07:59:00Z");
      assertThat(f.templates()).doesNotContain("order.payment-reminder");
      f.runAt(AT_16);

      assertThat(f.delivered()).filteredOn(n -> n.templateKey().equals("order.payment-reminder"))
          .extracting(n -> n.parameters().get("orderId")).containsExactly("o-1");
      assertThat(order("o-1").paymentReminded()).isTrue();
      assertThat(order("o-2").paymentReminded()).isFalse();
    }

    @Test
    @DisplayName("TK-7 an order placed after 16:00 is not chased that day")
    void afterFour() {
      f.presence.online(CustomerId.of("c-1"));
      f.shop.clock.set(Instant.parse("2026-03-02T08:30:00Z"));
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO));
      f.runAt("2026-03-02T09:00:00Z");
      assertThat(order("o-1").paymentReminded()).isFalse();
    }

    @Test
    @DisplayName("TK-7 a re-placed order closes the old one only with the customer's consent, through the order port")
    void replaceWithConsent() {
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ofMinutes(30)));
      f.orders().feed(f.placed("o-2", "c-1", PaymentMethod.PREPAID, "100", Duration.ofMinutes(20)));
      f.orders().feed(new OrderEvent.Placed(f.nextId(), OrderId.of("o-3"), CustomerId.of("c-1"), f.now(), PaymentMethod.PREPAID,
          OrderFixtures.items("90"), Optional.empty(), Optional.of(OrderId.of("o-1")), false));
      f.orders().feed(new OrderEvent.Placed(f.nextId(), OrderId.of("o-4"), CustomerId.of("c-1"), f.now(), PaymentMethod.PREPAID,
          OrderFixtures.items("90"), Optional.empty(), Optional.of(OrderId.of("o-2")), true));
      f.shop.kefu.runDueWork();

      assertThat(order("o-1").stage()).isNotEqualTo(Order.Stage.CLOSED);
      assertThat(order("o-2").stage()).isEqualTo(Order.Stage.CLOSED);
      assertThat(f.port.closedOrders()).containsExactly(OrderId.of("o-2"));
    }
  }

  @Nested
  @DisplayName("TK-8 cash on delivery")
  class CashOnDelivery {

    @Test
    @DisplayName("TK-8 a COD_CONFIRMATION ticket whose 30-minute clock counts from the order's occurrence")
    void thirtyMinutesFromOccurrence() {
      Instant occurred = f.now().minus(Duration.ofMinutes(12));
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.CASH_ON_DELIVERY, "100", Duration.ofMinutes(12)));

      Ticket t = ticket(task("o-1", TicketKind.COD_CONFIRMATION));
      SlaClock c = clock(t, SlaMetric.COD_CONFIRMATION);
      assertThat(t.kind()).isEqualTo(TicketKind.COD_CONFIRMATION);
      assertThat(c.target()).isEqualTo(SlaTarget.calendar(Duration.ofMinutes(30)));
      assertThat(c.startedAt()).isEqualTo(occurred);
      assertThat(task("o-1", TicketKind.COD_CONFIRMATION).ruleId()).isEqualTo("TK-8");
    }

    @Test
    @DisplayName("TK-8 a refused surcharge resolves the task and re-places the order as prepaid through the order port")
    void refused() {
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.CASH_ON_DELIVERY, "100", Duration.ZERO));
      OrderTask task = task("o-1", TicketKind.COD_CONFIRMATION);
      f.shop.kefu.tickets().assign(new AssignTicket(by(AGENT), task.ticket(), AGENT));

      f.orders().confirmCashOnDelivery(new ConfirmCashOnDelivery(by(AGENT), OrderId.of("o-1"), false, "too expensive"));
      f.shop.kefu.runDueWork();

      assertThat(ticket(task).status()).isEqualTo(TicketStatus.RESOLVED);
      assertThat(clock(ticket(task), SlaMetric.COD_CONFIRMATION).status()).isEqualTo(SlaClock.Status.FULFILLED);
      assertThat(f.port.prepaidReplacements()).hasSize(1);
      // the call was the shop's work, not the customer's request: no acknowledgement, no survey
      assertThat(f.delivered()).extracting(n -> n.templateKey()).doesNotContain("ticket.opened", "ticket.resolved", "survey.csat");
    }

    @Test
    @DisplayName("TK-8 an accepted surcharge re-places nothing")
    void accepted() {
      f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.CASH_ON_DELIVERY, "100", Duration.ZERO));
      f.shop.kefu.tickets().assign(new AssignTicket(by(AGENT), task("o-1", TicketKind.COD_CONFIRMATION).ticket(), AGENT));
      f.orders().confirmCashOnDelivery(new ConfirmCashOnDelivery(by(AGENT), OrderId.of("o-1"), true, "fine"));
      f.shop.kefu.runDueWork();
      assertThat(f.port.prepaidReplacements()).isEmpty();
    }
  }

  @Test
  @DisplayName("TK-9 shipping and delay notices go out with the day's sweep, due by 20:30")
  void notices() {
    f.orders().feed(new OrderEvent.Shipped(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), f.now(), "SF", "SF123"));
    f.orders().feed(new OrderEvent.ShippingDelayed(f.nextId(), OrderId.of("o-2"), CustomerId.of("c-2"), f.now(), "storm",
        LocalDate.of(2026, 3, 4)));
    f.runAt(AT_16);
    assertThat(f.templates()).doesNotContain("order.shipped", "order.delayed");

    f.runAt(AT_20);

    assertThat(f.templates()).contains("order.shipped", "order.delayed");
    assertThat(order("o-1").pendingNotices()).isEmpty();
    DutyDue due = f.shop.storage.eventLog().readAfter(0, 1000).stream().map(e -> e.event())
        .filter(e -> e instanceof DutyDue d && d.dutyId().equals("kefu.shipping-notices")).map(DutyDue.class::cast)
        .findFirst().orElseThrow();
    assertThat(due.deadline()).contains(Instant.parse("2026-03-02T12:30:00Z"));
  }

  @Nested
  @DisplayName("TK-10 and TK-18 reviews")
  class Reviews {

    @Test
    @DisplayName("TK-10 a review rated 2 or less opens a NEGATIVE_REVIEW ticket with a 3-day clock, to the distributor's choice")
    void negative() {
      OrderFixtures g = new OrderFixtures(new InMemoryStorage(),
          r -> r.withDistributor(NegativeReviewDistributor.leastLoadedOnLateShift(Set.of(AGENT, AGENT_2))));
      g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), g.now(), 2, "late",
          Optional.empty()));
      g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-2"), CustomerId.of("c-1"), g.now(), 1, "broken",
          Optional.empty()));
      g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-3"), CustomerId.of("c-1"), g.now(), 3, "ok",
          Optional.empty()));

      List<Ticket> reviews = g.shop.kefu.tickets().list(dev.kefu.spi.ticket.TicketQuery.all(),
          dev.kefu.spi.store.PageRequest.first(50)).items().stream().filter(t -> t.kind() == TicketKind.NEGATIVE_REVIEW).toList();
      assertThat(reviews).hasSize(2);
      assertThat(reviews).extracting(t -> t.owner().orElseThrow()).containsExactlyInAnyOrder(AGENT, AGENT_2); // least loaded
      SlaClock c = g.shop.kefu.sla().clocks(reviews.get(0).id()).stream()
          .filter(x -> x.metric() == SlaMetric.NEGATIVE_REVIEW_RESOLUTION).findFirst().orElseThrow();
      assertThat(c.target()).isEqualTo(SlaTarget.calendar(Duration.ofDays(3)));
    }

    @Test
    @DisplayName("TK-10 the threshold is configurable, and with nobody on the late shift the shop manager gets it")
    void configurableAndManager() {
      OrderFixtures g = new OrderFixtures(new InMemoryStorage(), r -> r.withNegativeReviewMaxRating(3));
      Order o = g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), g.now(), 3,
          "meh", Optional.empty()));
      Ticket t = g.shop.kefu.tickets().find(o.tasks().get(0).ticket()).orElseThrow();
      assertThat(t.owner()).contains(MANAGER); // the test shop's only manager is the general manager
    }

    @Test
    @DisplayName("TK-10 unfinished follow-up passes to the next shift at the handover")
    void handover() {
      OrderFixtures g = new OrderFixtures(new InMemoryStorage(),
          r -> r.withDistributor(NegativeReviewDistributor.leastLoadedOnLateShift(Set.of(AGENT))));
      Order o = g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), g.now(), 1,
          "bad", Optional.empty()));
      g.shop.kefu.staffing().handOver(new HandOver(by(LEAD), List.of(AGENT), List.of(AGENT_2)));
      assertThat(g.shop.kefu.tickets().find(o.tasks().get(0).ticket()).orElseThrow().owner()).contains(AGENT_2);
    }

    @Test
    @DisplayName("TK-18 praise and criticism naming an agent count toward that agent")
    void mentions() {
      f.orders().feed(review("o-1", 5, AGENT));
      f.orders().feed(review("o-2", 4, AGENT));
      f.orders().feed(review("o-3", 1, AGENT));
      f.orders().feed(review("o-4", 3, AGENT_2)); // neither
      f.orders().feed(review("o-5", 2, AGENT_2));

      assertThat(f.orders().mentions(f.now().minusSeconds(60), f.now().plusSeconds(1))).containsExactly(
          new AgentMentions(AGENT, 2, 1), new AgentMentions(AGENT_2, 0, 1));
      assertThat(f.shop.storage.eventLog().readAfter(0, 1000)).filteredOn(e -> e.event() instanceof AgentMentioned).hasSize(4);
    }
  }

  @Test
  @DisplayName("TK-13 rejected and returned shipments are recorded with reason and outcome and summarised on Saturday 16:00")
  void returns() {
    f.orders().feed(new OrderEvent.ReturnedByCarrier(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), f.now(),
        CarrierReturnKind.REJECTED, "wrong size", "restocked"));
    f.orders().feed(new OrderEvent.ReturnedByCarrier(f.nextId(), OrderId.of("o-2"), CustomerId.of("c-2"), f.now(),
        CarrierReturnKind.RETURNED, "wrong size", "refunded"));

    ReturnsSummary s = f.orders().returns(f.now().minus(Duration.ofDays(1)), f.now().plusSeconds(1));
    assertThat(s.count(CarrierReturnKind.REJECTED)).isEqualTo(1);
    assertThat(s.count(CarrierReturnKind.RETURNED)).isEqualTo(1);
    assertThat(s.byReason()).containsEntry("wrong size", 2L);
    assertThat(s.byOutcome()).containsOnly(Map.entry("restocked", 1L), Map.entry("refunded", 1L));

    f.runAt("2026-03-07T07:59:00Z"); // Saturday 15:59
    assertThat(f.templates()).doesNotContain("order.returns-summary");
    f.runAt("2026-03-07T08:00:00Z");
    assertThat(f.delivered()).filteredOn(n -> n.templateKey().equals("order.returns-summary"))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient().id()).isEqualTo(MANAGER.value());
          assertThat(n.parameters()).containsEntry("rejected", "1").containsEntry("returned", "1");
        });
    assertThat(LocalDate.of(2026, 3, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  @DisplayName("TK-14 real stock is checked before an order is confirmed; the daily out-of-stock list is available")
  void stock() {
    f.stock.put("SKU-1", 1);
    f.orders().feed(new OrderEvent.Placed(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), f.now(), PaymentMethod.PREPAID,
        List.of(new LineItem("SKU-1", "shoes", 2, Money.of("10", "CNY"))), Optional.empty(), Optional.empty(), false));
    f.orders().feed(f.placed("o-2", "c-1", PaymentMethod.PREPAID, "10", Duration.ZERO));

    StockCheck short1 = f.orders().confirm(new ConfirmOrder(by(AGENT), OrderId.of("o-1")));
    StockCheck ok = f.orders().confirm(new ConfirmOrder(by(AGENT), OrderId.of("o-2")));

    assertThat(short1.confirmed()).isFalse();
    assertThat(short1.shortages()).containsExactly(new StockCheck.Shortage("SKU-1", 2, 1));
    assertThat(short1.order().confirmedAt()).isEmpty();
    assertThat(short1.order().flags()).extracting(OrderFlag::colour).containsExactly(OrderFlag.Colour.GREEN);
    assertThat(ok.confirmed()).isTrue();
    assertThat(ok.order().confirmedAt()).isPresent();

    LocalDate today = LocalDate.of(2026, 3, 2);
    f.stock.publishOutOfStock(today, List.of(new OutOfStockItem("SKU-9", Optional.of(today.plusDays(5)))));
    assertThat(f.orders().outOfStock(today)).containsExactly(new OutOfStockItem("SKU-9", Optional.of(today.plusDays(5))));
  }

  @Nested
  @DisplayName("TK-5 escalations")
  class Escalations {

    @Test
    @DisplayName("TK-5 an order of 5,000 or more without instructions goes to the supervisor")
    void largeOrder() {
      Order big = f.orders().feed(f.placed("o-1", "c-1", PaymentMethod.PREPAID, "5000", Duration.ZERO));
      Order small = f.orders().feed(f.placed("o-2", "c-1", PaymentMethod.PREPAID, "4999.99", Duration.ZERO));
      Order instructed = f.orders().feed(new OrderEvent.Placed(f.nextId(), OrderId.of("o-3"), CustomerId.of("c-1"), f.now(),
          PaymentMethod.PREPAID, OrderFixtures.items("8000"), Optional.of("ship to office"), Optional.empty(), false));

      assertThat(big.tasks()).singleElement().satisfies(t -> {
        assertThat(t.ruleId()).isEqualTo("TK-5");
        assertThat(ticket(t).owner()).contains(SUPERVISOR);
      });
      assertThat(small.tasks()).isEmpty();
      assertThat(instructed.tasks()).isEmpty();
      assertThat(f.delivered()).filteredOn(n -> n.templateKey().equals("order.large"))
          .extracting(n -> n.recipient().id()).containsExactly(SUPERVISOR.value());
    }

    @Test
    @DisplayName("TK-5 a platform dispute goes to the shop manager at once")
    void dispute() {
      Order o = f.orders().feed(new OrderEvent.DisputeOpened(f.nextId(), OrderId.of("o-1"), CustomerId.of("c-1"), f.now(),
          "Taobao", "not as described"));
      Ticket t = ticket(o.tasks().get(0));
      assertThat(t.kind()).isEqualTo(TicketKind.PLATFORM_DISPUTE);
      assertThat(t.owner()).contains(MANAGER);
      assertThat(f.delivered()).filteredOn(n -> n.templateKey().equals("order.dispute"))
          .extracting(n -> n.recipient().id()).containsExactly(MANAGER.value());
    }
  }

  @Test
  @DisplayName("TK-16 an agent's worklist: unanswered messages, unpaid orders to chase, negative reviews in progress")
  void worklist() {
    OrderFixtures g = new OrderFixtures(new InMemoryStorage(),
        r -> r.withDistributor(NegativeReviewDistributor.leastLoadedOnLateShift(Set.of(AGENT))));
    g.orders().feed(g.placed("o-1", "c-1", PaymentMethod.PREPAID, "100", Duration.ZERO));
    g.orders().take(new TakeOrder(by(AGENT), OrderId.of("o-1"), "call after 18:00"));
    g.orders().feed(g.placed("o-2", "c-2", PaymentMethod.PREPAID, "100", Duration.ZERO)); // nobody's
    Order reviewed = g.orders().feed(new OrderEvent.ReviewPosted(g.nextId(), OrderId.of("o-3"), CustomerId.of("c-1"), g.now(), 1,
        "bad", Optional.empty()));

    Worklist w = g.orders().worklist(AGENT);

    assertThat(w.unpaidOrders()).extracting(o -> o.id().value()).containsExactly("o-1");
    assertThat(w.negativeReviews()).extracting(Ticket::id).containsExactly(reviewed.tasks().get(0).ticket());
    assertThat(w.unanswered()).extracting(Ticket::id).containsExactly(reviewed.tasks().get(0).ticket());
    assertThat(g.orders().worklist(AGENT_2).isEmpty()).isTrue();
  }
}
