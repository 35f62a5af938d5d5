package dev.kefu.examples.backend;

import dev.kefu.examples.SimulatedClock;
import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.order.AgentMentions;
import dev.kefu.order.ConfirmCashOnDelivery;
import dev.kefu.order.ConfirmOrder;
import dev.kefu.order.ReturnsSummary;
import dev.kefu.order.StockCheck;
import dev.kefu.order.TakeOrder;
import dev.kefu.order.Worklist;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.ticket.AssignTicket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One short, scripted day of the shop backend with kefu wired in, on a simulated clock. The script
 * is the backend's business (orders placed, paid, shipped, returned, reviewed, disputed) and a few
 * things the service desk does in kefu (take a cash-on-delivery confirmation, check stock); the
 * host's scheduler {@linkplain ShopHost#tick() ticks} every minute from 08:30 to 21:00. As it goes,
 * the day's log shows what kefu did with each fact: the flags it set, the tickets it opened with
 * their SLA due times, the notifications it sent; the summary at the end shows the orders in both
 * systems, the out-of-stock list, the returns, the praise and criticism, the worklists at the start
 * of the late shift, and the rows kefu keeps in its own tables in the backend's database.
 *
 * <p>Deterministic: the same run prints the same text. Not thread-safe.
 */
final class DemoDay implements AutoCloseable {

  /** The day: a Monday. */
  static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  static final StaffId MANAGER = StaffId.of("mgr-1");
  static final StaffId SUPERVISOR = StaffId.of("sup-1");
  static final StaffId LEAD = StaffId.of("lead-1");
  static final StaffId EARLY = StaffId.of("agent-early");
  static final StaffId LATE = StaffId.of("agent-late");

  static final CustomerId C1 = CustomerId.of("c-1001");
  static final CustomerId C2 = CustomerId.of("c-1002");
  static final CustomerId C3 = CustomerId.of("c-1003");
  static final CustomerId C4 = CustomerId.of("c-1004");
  static final CustomerId C5 = CustomerId.of("c-1005");

  static final String TEA = "TEA-LJ-250";
  static final String TEAPOT = "POT-YX-01";
  static final String CUPS = "CUP-SET-6";
  static final String TRAY = "TRAY-BAMBOO";

  private static final LocalTime OPEN = LocalTime.of(8, 30);
  private static final LocalTime CLOSE = LocalTime.of(21, 0);

  final SimulatedClock clock = new SimulatedClock(at(OPEN), ShopHost.SHOP_ZONE);
  final ShopHost host = new ShopHost(clock, staff(), Set.of(LATE));
  private final Kefu kefu = host.kefu;
  private final StringBuilder log = new StringBuilder();
  private final TreeMap<LocalTime, List<Runnable>> script = new TreeMap<>();
  private final Map<OrderId, int[]> seen = new HashMap<>(); // flags and tasks already shown, per order
  private int notificationsSeen;
  private int portRequestsSeen;

  /** The cash-on-delivery order whose buyer refuses the surcharge. */
  OrderId cod;
  /** The large order without instructions, short of stock, disputed. */
  OrderId large;
  /** The order left unpaid, chased at 16:00. */
  OrderId unpaid;
  /** The order the buyer rejects at the door, then refunded. */
  OrderId rejected;
  /** The order exchanged, then reviewed badly. */
  OrderId exchanged;
  /** The worklists at the start of the late shift. */
  Worklist earlyWorklist;
  Worklist lateWorklist;
  /** How many events the end-of-day replay fed kefu again. */
  int replayed;
  /** kefu's store counts before and after the replay, through its storage ports. */
  Map<String, Long> countsBeforeReplay;
  Map<String, Long> countsAfterReplay;
  /** The rows of kefu's tables in the shop's database before and after the replay. */
  Map<String, Long> tablesBeforeReplay;
  Map<String, Long> tablesAfterReplay;

  private String summary = "";

  /**
   * Runs the day.
   *
   * @return the day, for its log and summary and for tests to look at kefu and the backend
   */
  static DemoDay run() {
    DemoDay day = new DemoDay();
    day.play();
    return day;
  }

  /** @return what was printed: the day's log, then the summary */
  String text() {
    return log + summary;
  }

  static Instant at(LocalTime time) {
    return ZonedDateTime.of(DATE, time, ShopHost.SHOP_ZONE).toInstant();
  }

  /** @return the shop's staff: manager, supervisor, team lead, an early and a late agent */
  static List<StaffMember> staff() {
    return List.of(
        member(MANAGER, "Shop manager", Role.SHOP_MANAGER, null),
        member(SUPERVISOR, "Supervisor", Role.SUPERVISOR, MANAGER),
        member(LEAD, "Team lead", Role.TEAM_LEAD, SUPERVISOR),
        member(EARLY, "Early agent", Role.AGENT, LEAD),
        member(LATE, "Late agent", Role.AGENT, LEAD));
  }

  private static StaffMember member(StaffId id, String name, Role role, StaffId reportsTo) {
    StaffMember.Builder b = StaffMember.builder().id(id).name(name).role(role).team(TeamId.of("desk"));
    if (reportsTo != null) {
      b.reportsTo(reportsTo);
    }
    return b.build();
  }

  private static List<LineItem> line(String sku, String category, int quantity, String unitPrice) {
    return List.of(new LineItem(sku, category, quantity, Money.of(unitPrice, "CNY")));
  }

  // ---- the script ----------------------------------------------------------------------------

  private void script() {
    step(OPEN, () -> {
      host.stock.count(TEA, 40, Optional.empty());
      host.stock.count(TEAPOT, 2, Optional.of(DATE.plusDays(3)));
      host.stock.count(CUPS, 0, Optional.of(DATE.plusDays(2)));
      host.stock.count(TRAY, 0, Optional.empty());
      host.stock.publishOutOfStockList(DATE);
      backend("warehouse counted stock and published the day's out-of-stock list");
      for (CustomerId c : List.of(C1, C2, C3, C4, C5)) {
        host.backend.registerCustomer(c, "Customer " + c.value());
        kefu.customers().register(RegisterCustomer.of(Origin.of(LEAD), c, "Customer " + c.value(),
            List.of(ContactPoint.of(Channel.SMS, "1380000" + c.value().substring(2))), "Zhejiang", ShopHost.SHOP_ZONE));
      }
      backend("5 customers on file, registered with kefu too");
    });
    step(LocalTime.of(9, 0), () -> {
      cod = host.backend.placeOrder(C1, PaymentMethod.CASH_ON_DELIVERY, line(TEA, "tea", 2, "168.00"), Optional.empty());
      backend(cod + " placed by " + C1 + ", cash on delivery, 336.00 CNY");
    });
    step(LocalTime.of(9, 12), () -> {
      OrderTask task = task(cod, TicketKind.COD_CONFIRMATION);
      kefu.tickets().assign(new AssignTicket(Origin.of(EARLY), task.ticket(), EARLY));
      desk(EARLY + " takes the confirmation call of " + cod);
    });
    step(LocalTime.of(9, 20), () -> {
      kefu.orders().confirmCashOnDelivery(new ConfirmCashOnDelivery(Origin.of(EARLY), cod, false,
          "buyer will not pay the cash-on-delivery surcharge; agreed to pay online instead"));
      desk(EARLY + " records that the buyer of " + cod + " refused the surcharge");
    });
    step(LocalTime.of(9, 30), () -> {
      large = host.backend.placeOrder(C2, PaymentMethod.PREPAID, line(TEAPOT, "teaware", 3, "1880.00"), Optional.empty());
      backend(large + " placed by " + C2 + ", prepaid, 5640.00 CNY, no instructions");
    });
    step(LocalTime.of(9, 35), () -> {
      host.backend.pay(large);
      backend(large + " paid");
    });
    step(LocalTime.of(9, 50), () -> {
      StockCheck check = kefu.orders().confirm(new ConfirmOrder(Origin.of(SUPERVISOR), large));
      desk(SUPERVISOR + " confirms " + large + " against stock: "
          + (check.confirmed() ? "confirmed" : "short " + check.shortages()));
    });
    step(LocalTime.of(9, 55), () -> {
      host.backend.delayShipping(large, "waiting for teapots from the workshop", DATE.plusDays(3));
      backend(large + " shipping delayed to " + DATE.plusDays(3));
    });
    step(LocalTime.of(10, 0), () -> {
      exchanged = host.backend.placeOrder(C5, PaymentMethod.PREPAID, line(TEA, "tea", 1, "168.00"), Optional.empty());
      backend(exchanged + " placed by " + C5 + ", prepaid, 168.00 CNY");
    });
    step(LocalTime.of(10, 2), () -> {
      host.backend.pay(exchanged);
      backend(exchanged + " paid");
    });
    step(LocalTime.of(10, 15), () -> {
      unpaid = host.backend.placeOrder(C3, PaymentMethod.PREPAID, line(TEA, "tea", 1, "168.00"), Optional.empty());
      backend(unpaid + " placed by " + C3 + ", prepaid, 168.00 CNY");
    });
    step(LocalTime.of(10, 20), () -> {
      kefu.orders().take(new TakeOrder(Origin.of(EARLY), unpaid, "wants a company invoice; call back after lunch"));
      desk(EARLY + " takes " + unpaid);
    });
    step(LocalTime.of(10, 30), () -> {
      rejected = host.backend.placeOrder(C4, PaymentMethod.PREPAID, line(TEAPOT, "teaware", 1, "1880.00"), Optional.empty());
      backend(rejected + " placed by " + C4 + ", prepaid, 1880.00 CNY");
    });
    step(LocalTime.of(10, 32), () -> {
      host.backend.pay(rejected);
      backend(rejected + " paid");
    });
    step(LocalTime.of(10, 40), () -> {
      StockCheck check = kefu.orders().confirm(new ConfirmOrder(Origin.of(EARLY), rejected));
      desk(EARLY + " confirms " + rejected + " against stock: " + (check.confirmed() ? "confirmed" : "short"));
    });
    step(LocalTime.of(11, 0), () -> {
      host.backend.ship(rejected, "SF Express", "SF1002003004");
      host.backend.ship(exchanged, "YTO", "YT5006007008");
      backend(rejected + " and " + exchanged + " shipped");
    });
    step(LocalTime.of(13, 0), () -> {
      host.backend.deliver(exchanged);
      backend(exchanged + " delivered");
    });
    step(LocalTime.of(13, 30), () -> {
      host.backend.requestExchange(exchanged, "Longjing 250 g for 500 g", Money.of("150.00", "CNY"),
          "courier collects and delivers", Optional.of(EARLY));
      backend(exchanged + " exchange requested");
    });
    step(LocalTime.of(14, 0), () -> {
      host.backend.carrierReturn(rejected, CarrierReturnKind.REJECTED, "buyer not at home three times", "restocked");
      backend(rejected + " rejected at the door, back in stock");
    });
    step(LocalTime.of(14, 10), () -> {
      host.backend.requestRefund(rejected, "parcel rejected at the door", "none: the parcel is back", Optional.of(EARLY));
      backend(rejected + " refund requested");
    });
    step(LocalTime.of(14, 30), () -> {
      host.backend.refund(rejected, Money.of("1880.00", "CNY"));
      backend(rejected + " refunded 1880.00 CNY");
    });
    long[] session = new long[1];
    step(LocalTime.of(15, 45), () -> {
      session[0] = host.presence.signIn(C3);
      backend(C3 + " opens the shop's app");
    });
    step(LocalTime.of(15, 55), () -> host.presence.seen(session[0]));
    step(LocalTime.of(17, 0), () -> {
      host.backend.review(exchanged, 1, "The agent was rude when I asked about the exchange", Optional.of(EARLY));
      backend(exchanged + " reviewed: 1 star, naming " + EARLY);
    });
    step(LocalTime.of(17, 30), () -> {
      earlyWorklist = kefu.orders().worklist(EARLY);
      lateWorklist = kefu.orders().worklist(LATE);
      desk("late shift starts; worklists drawn up (see the summary)");
    });
    step(LocalTime.of(18, 0), () -> {
      host.backend.openDispute(large, "Taobao", "not shipped within the promised 48 hours");
      backend(large + " disputed on Taobao");
    });
  }

  // ---- running it ----------------------------------------------------------------------------

  private void step(LocalTime time, Runnable action) {
    script.computeIfAbsent(time, t -> new ArrayList<>()).add(action);
  }

  private void play() {
    script();
    log.append("The backend's day, ").append(DATE).append(" (Asia/Shanghai); the host ticks every minute\n\n");
    for (LocalTime t = OPEN; !t.isAfter(CLOSE); t = t.plusMinutes(1)) {
      clock.moveTo(at(t));
      script.getOrDefault(t, List.of()).forEach(Runnable::run);
      host.tick();
      showWhatKefuDid();
    }
    countsBeforeReplay = StoreCounts.of(host.kefuStorage);
    tablesBeforeReplay = kefuTables();
    replayed = host.outbox.replayAll(kefu.orders());
    countsAfterReplay = StoreCounts.of(host.kefuStorage);
    tablesAfterReplay = kefuTables();
    summary = summarise();
  }

  private void line(String who, String what) {
    log.append(String.format("%s  %-8s %s%n", LocalTime.ofInstant(clock.instant(), ShopHost.SHOP_ZONE), who, what));
  }

  private void backend(String what) {
    line("backend", what);
  }

  private void desk(String what) {
    line("desk", what);
  }

  private void kefuDid(String what) {
    line("  kefu", what);
  }

  private OrderTask task(OrderId order, TicketKind kind) {
    return kefu.orders().find(order).orElseThrow().tasks().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  /** After each tick: what kefu asked of the backend, and the flags, tickets and notifications it added. */
  private void showWhatKefuDid() {
    List<String> asked = portRequests();
    for (String request : asked.subList(portRequestsSeen, asked.size())) {
      line("backend", request + " (kefu asked, through the order port)");
    }
    portRequestsSeen = asked.size();
    for (OrderId id : backendOrders()) {
      Optional<Order> found = kefu.orders().find(id);
      if (found.isEmpty()) {
        continue;
      }
      Order o = found.get();
      int[] shown = seen.computeIfAbsent(id, k -> new int[2]);
      for (OrderFlag f : o.flags().subList(shown[0], o.flags().size())) {
        kefuDid(id + " flag " + f.colour() + ": " + f.note());
      }
      for (OrderTask t : o.tasks().subList(shown[1], o.tasks().size())) {
        kefuDid(id + " " + t.kind() + " ticket (" + t.ruleId() + ") " + ticketLine(t));
      }
      shown[0] = o.flags().size();
      shown[1] = o.tasks().size();
    }
    List<Notification> sent = host.sent.all();
    for (Notification n : sent.subList(notificationsSeen, sent.size())) {
      kefuDid("sent " + n.templateKey() + " to " + n.recipient().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
          + n.recipient().id() + Optional.ofNullable(n.parameters().get("orderId")).map(o -> " about " + o).orElse(""));
    }
    notificationsSeen = sent.size();
  }

  private String ticketLine(OrderTask t) {
    Ticket ticket = kefu.tickets().find(t.ticket()).orElseThrow();
    StringBuilder b = new StringBuilder(ticket.id().value().substring(0, 8))
        .append(", owner ").append(ticket.owner().map(StaffId::value).orElse("none"));
    for (SlaClock c : kefu.sla().clocks(ticket.id())) {
      kefu.sla().math(c).dueAt().ifPresent(due -> b.append(", ").append(c.metric().name().toLowerCase(java.util.Locale.ROOT))
          .append(" due ").append(LocalTime.ofInstant(due, ShopHost.SHOP_ZONE)).append(dayNote(due)));
    }
    return b.toString();
  }

  private static String dayNote(Instant due) {
    LocalDate day = LocalDate.ofInstant(due, ShopHost.SHOP_ZONE);
    return day.equals(DATE) ? "" : " on " + day;
  }

  /** @return what kefu asked of the backend's order system, in order */
  private List<String> portRequests() {
    return host.db.inTransaction(c -> {
      List<String> requests = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT operation, order_id, result_order_id FROM order_port_requests ORDER BY at, request_key");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          requests.add(r.getString(1).equals("CLOSE_REPLACED") ? r.getString(2) + " closed as re-placed"
              : r.getString(3) + " placed prepaid, re-placing " + r.getString(2));
        }
      }
      return requests;
    });
  }

  /** @return the backend's orders, by id */
  List<OrderId> backendOrders() {
    return host.db.inTransaction(c -> {
      List<OrderId> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM orders ORDER BY id"); ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(OrderId.of(r.getString(1)));
        }
      }
      return ids;
    });
  }

  /** @return kefu's tables in the shop's database, by name, with their row counts */
  Map<String, Long> kefuTables() {
    return host.db.inTransaction(c -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT LOWER(table_name) FROM information_schema.tables"
          + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' AND LOWER(table_name) LIKE 'kefu\\_%' ESCAPE '\\'"
          + " ORDER BY 1");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add(r.getString(1));
        }
      }
      Map<String, Long> rows = new TreeMap<>();
      for (String name : names) { // names read from the catalogue above, not input
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + name); ResultSet r = s.executeQuery()) {
          r.next();
          rows.put(name, r.getLong(1));
        }
      }
      return rows;
    });
  }

  private String summarise() {
    StringBuilder b = new StringBuilder("\nOrders: the backend's status and kefu's view\n");
    for (OrderId id : backendOrders()) {
      Order o = kefu.orders().find(id).orElseThrow();
      b.append(String.format("  %-8s backend %-9s kefu %-9s flags %-22s tickets %s%n", id, host.backend.statusOf(id), o.stage(),
          o.flags().stream().map(f -> f.colour().name()).toList(),
          o.tasks().stream().map(t -> t.kind() + " " + kefu.tickets().find(t.ticket()).orElseThrow().status()).toList()));
    }
    b.append("\nOut-of-stock list of ").append(DATE).append(" (TK-14)\n");
    for (OutOfStockItem i : kefu.orders().outOfStock(DATE)) {
      b.append(String.format("  %-12s expected %s%n", i.sku(), i.expectedArrival().map(LocalDate::toString).orElse("unknown")));
    }
    ReturnsSummary returns = kefu.orders().returns(at(OPEN), at(CLOSE));
    b.append("\nCarrier returns today (TK-13): ").append(returns.count(CarrierReturnKind.REJECTED)).append(" rejected, ")
        .append(returns.count(CarrierReturnKind.RETURNED)).append(" returned; by outcome ").append(returns.byOutcome())
        .append('\n');
    b.append("\nReviews naming agents (TK-18)\n");
    for (AgentMentions m : kefu.orders().mentions(at(OPEN), at(CLOSE))) {
      b.append(String.format("  %-12s praise %d, criticism %d%n", m.agent(), m.praise(), m.criticism()));
    }
    b.append("\nWorklists at 17:30, the start of the late shift (TK-16)\n");
    for (Worklist w : List.of(earlyWorklist, lateWorklist)) {
      b.append(String.format("  %-12s unanswered %d, unpaid orders to chase %s, negative reviews %d%n", w.agent(),
          w.unanswered().size(), w.unpaidOrders().stream().map(Order::id).toList(), w.negativeReviews().size()));
    }
    Map<String, Integer> byTemplate = new TreeMap<>();
    host.sent.all().forEach(n -> byTemplate.merge(n.templateKey(), 1, Integer::sum));
    b.append("\nNotifications sent: ").append(byTemplate).append('\n');
    b.append("\nkefu's tables in the shop's database (kefu-jdbc), rows: ").append(tablesBeforeReplay).append('\n');
    boolean unchanged = countsBeforeReplay.equals(countsAfterReplay) && tablesBeforeReplay.equals(tablesAfterReplay);
    b.append("\nRelay: ").append(replayed).append(" order events recorded by the backend and relayed; fed to kefu again at")
        .append(" close, kefu's store ").append(unchanged ? "did not change" : "CHANGED").append('\n');
    return b.toString();
  }

  @Override
  public void close() {
    host.close();
  }
}
