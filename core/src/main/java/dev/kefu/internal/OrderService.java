package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.duty.Duty;
import dev.kefu.duty.DutySchedule;
import dev.kefu.order.AgentMentions;
import dev.kefu.order.ConfirmCashOnDelivery;
import dev.kefu.order.ConfirmOrder;
import dev.kefu.order.OrderRules;
import dev.kefu.order.Orders;
import dev.kefu.order.ReturnsSummary;
import dev.kefu.order.StockCheck;
import dev.kefu.order.TakeOrder;
import dev.kefu.order.Worklist;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.event.AgentMentioned;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.OrderFactRecorded;
import dev.kefu.spi.event.OrderFlagged;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.order.CarrierReturn;
import dev.kefu.spi.order.CustomerPresence;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderFlag;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.order.ShippingNotice;
import dev.kefu.spi.order.StockPort;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staff.StaffAction;
import dev.kefu.ticket.TicketAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Orders} API: order events merged into one aggregate per order, whatever order they
 * arrive in, and the rules of TK-5 to TK-18 applied as they arrive and on kefu's own duties.
 */
public final class OrderService implements Orders {

  private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);

  /** The duty id of the 16:00 payment reminders (TK-7). */
  public static final String REMINDER_DUTY = "kefu.payment-reminders";
  /** The duty id of the day's shipping and delay notices, due by 20:30 (TK-9). */
  public static final String NOTICE_DUTY = "kefu.shipping-notices";
  /** The duty id of the weekly returns summary (TK-13). */
  public static final String RETURNS_DUTY = "kefu.returns-summary";
  /** The due-work kind of calls to the order port. */
  public static final String PORT_KIND = "order.port";
  /** The due-work kind that hands an agent their worklist at the start of their shift (TK-16). */
  public static final String WORKLIST_KIND = "order.worklist";

  private static final String KEFU = "kefu";

  private final Settings settings;
  private final CommandRunner runner;
  private final TicketService tickets;
  private final Actors actors;
  private final Outgoing outgoing;
  private final OrderRules rules;
  private final OrderStore orders;
  private final OrderPort port;
  private final StockPort stock;
  private final CustomerPresence presence;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param tickets opens and moves the tickets of order tasks
   * @param rules the order rules
   * @param orders the order store
   * @param port the host's order system
   * @param stock the warehouse
   * @param presence who is online
   */
  public OrderService(Settings settings, CommandRunner runner, TicketService tickets, OrderRules rules, OrderStore orders,
      OrderPort port, StockPort stock, CustomerPresence presence) {
    this.settings = settings;
    this.runner = runner;
    this.tickets = tickets;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.rules = rules;
    this.orders = orders;
    this.port = port;
    this.stock = stock;
    this.presence = presence;
  }

  /** @return kefu's own order duties: payment reminders, shipping notices, the returns summary */
  public List<Duty> duties() {
    return List.of(
        Duty.of(REMINDER_DUTY, DutySchedule.everyDayAt(rules.paymentReminderAt())),
        Duty.of(NOTICE_DUTY, DutySchedule.everyDayBy(rules.noticesBy(), rules.noticesLead())),
        Duty.of(RETURNS_DUTY, DutySchedule.weeklyAt(rules.returnsSummaryDay(), rules.returnsSummaryAt())));
  }

  /** @return what each of those duties does when it comes due */
  public Map<String, DutyRunner.Effects> dutyEffects() {
    return Map.of(REMINDER_DUTY, this::remindUnpaid, NOTICE_DUTY, this::sendNotices, RETURNS_DUTY, this::summariseReturns);
  }

  private EventMeta meta(OrderId id, long version, Instant now) {
    return new EventMeta(settings.ids().next(), now, Order.TYPE, id.value(), version);
  }

  // ---- feeding -------------------------------------------------------------------------------

  @Override
  public Order feed(OrderEvent event) {
    Objects.requireNonNull(event, "event");
    String key = event.eventId() == null || event.eventId().isBlank() ? null : "order-event:" + event.eventId();
    return runner.run("FeedOrderEvent", event, key, "eventId", Order.class, a -> decide(event, a));
  }

  private void checkMoney(Money m, String path, Violations v) {
    if (m != null && m.currency() != null && !v.has(path) && !m.currency().equals(settings.shopCurrency())) {
      v.add(path, "must be in the shop currency " + settings.shopCurrency().getCurrencyCode() + ", was "
          + m.currency().getCurrencyCode());
    }
  }

  private Change<Order> decide(OrderEvent event, Attempt a) {
    Violations v = a.violations();
    Customer customer = v.found(event.customerId(), "customerId", settings.customers()::find, "customer");
    Order before = event.orderId() == null || v.has("orderId") ? null : orders.find(event.orderId()).orElse(null);
    if (before != null && event.customerId() != null && !before.customer().equals(event.customerId())) {
      v.add("customerId", "order " + before.id() + " belongs to another customer");
    }
    Order replaced = null;
    if (event instanceof OrderEvent.Placed p) {
      if (p.items() != null) {
        for (int i = 0; i < p.items().size(); i++) {
          LineItem item = p.items().get(i);
          checkMoney(item == null ? null : item.unitPrice(), "items[" + i + "].unitPrice", v);
        }
      }
      if (before != null && before.placedAt().isPresent()) {
        v.add("orderId", "order " + before.id() + " was placed already");
      }
      if (p.replaces().isPresent() && p.replaces().get().equals(p.orderId())) {
        v.addRule("replaces", "an order cannot re-place itself", "TK-7");
      }
      if (p.replaces().isPresent() && p.consentToCloseReplaced() && !v.has("replaces")) {
        replaced = orders.find(p.replaces().get()).filter(o -> o.closedAt().isEmpty()).orElse(null);
        if (replaced != null && event.customerId() != null && !replaced.customer().equals(event.customerId())) {
          v.addRule("replaces", "the re-placed order belongs to another customer", "TK-7");
        }
      }
    } else if (event instanceof OrderEvent.Refunded r) {
      checkMoney(r.amount(), "amount", v);
    } else if (event instanceof OrderEvent.ExchangeRequested x) {
      checkMoney(x.priceDifference(), "priceDifference", v);
      x.agent().ifPresent(id -> actors.member(id, "agent", v));
    } else if (event instanceof OrderEvent.RefundRequested r) {
      r.agent().ifPresent(id -> actors.member(id, "agent", v));
    } else if (event instanceof OrderEvent.ReviewPosted r) {
      r.namedAgent().ifPresent(id -> actors.member(id, "namedAgent", v));
    }
    if (event.occurredAt() != null && event.occurredAt().isAfter(a.now().plus(Duration.ofMinutes(5)))) {
      v.add("occurredAt", "must not be in the future");
    }
    v.throwIfAny();

    Instant now = a.now();
    Instant at = event.occurredAt();
    OrderId id = event.orderId();
    long version = before == null ? 1 : before.version() + 1;
    Order.Builder b = before == null
        ? Order.builder().id(id).customer(event.customerId()).version(1)
        : before.toBuilder().version(version);
    UnitOfWork.Builder work = UnitOfWork.builder();
    List<DomainEvent> events = new ArrayList<>();
    events.add(new OrderFactRecorded(meta(id, version, now), id, event.customerId(),
        event.getClass().getSimpleName(), event.eventId(), at));
    List<OrderFlag> flags = new ArrayList<>();

    if (event instanceof OrderEvent.Placed p) {
      Money total = p.total();
      b.payment(p.payment()).items(p.items()).total(total).placedAt(at).instructions(p.instructions().filter(s -> !s.isBlank()))
          .replaces(p.replaces());
      if (p.payment() == PaymentMethod.CASH_ON_DELIVERY) { // TK-8: confirm within 30 minutes of the order
        Ticket t = tickets.openInto(work, null, customer, TicketKind.COD_CONFIRMATION, Channel.PHONE, Priority.HIGH,
            "Confirm cash-on-delivery order " + id, "Cash-on-delivery order " + id + " of " + total
                + ": confirm the surcharge with the buyer", null, at, now);
        b.addTasks(new OrderTask(TicketKind.COD_CONFIRMATION, t.id(), "TK-8", at));
      }
      if (total.amount().compareTo(rules.largeOrderThreshold()) >= 0 && p.instructions().filter(s -> !s.isBlank()).isEmpty()) {
        // TK-5: a large order without explicit instructions goes to the supervisor
        StaffMember supervisor = supervisor();
        Ticket t = tickets.openInto(work, null, customer, TicketKind.ORDER_HANDLING, Channel.APP, Priority.HIGH,
            "Large order " + id + " without instructions", "Order " + id + " of " + total
                + " came without instructions: the supervisor decides (TK-5)", supervisor, at, now);
        b.addTasks(new OrderTask(TicketKind.ORDER_HANDLING, t.id(), "TK-5", at));
        if (supervisor != null) {
          work.addOutbox(outgoing.toStaff(supervisor.id(), events.get(0).eventId(), "order.large",
              Map.of("orderId", id.value(), "total", total.toString(), "ticketId", t.id().value()), now));
        }
      }
      if (replaced != null) { // TK-7: the customer consented, so the old order is closed, here and in the shop
        Order closed = replaced.toBuilder().closedAt(at).version(replaced.version() + 1).build();
        work.addWrites(AggregateWrite.update(closed));
        work.addSchedule(portCall("close", replaced.id(), Map.of("replacement", id.value()), event.eventId(), now));
      }
    } else if (event instanceof OrderEvent.Paid) {
      b.paidAt(earliest(before == null ? Optional.empty() : before.paidAt(), at));
    } else if (event instanceof OrderEvent.Shipped s) {
      b.shippedAt(earliest(before == null ? Optional.empty() : before.shippedAt(), at)).addPendingNotices(new ShippingNotice(false, s.carrier() + " " + s.trackingNumber(), at));
    } else if (event instanceof OrderEvent.ShippingDelayed d) {
      b.addPendingNotices(new ShippingNotice(true, d.reason() + "; expected to ship " + d.expectedShipDate(), at));
    } else if (event instanceof OrderEvent.Delivered) {
      b.deliveredAt(earliest(before == null ? Optional.empty() : before.deliveredAt(), at));
    } else if (event instanceof OrderEvent.ReturnedByCarrier r) { // TK-13, and the order is abnormal (TK-6 green)
      b.addReturns(new CarrierReturn(r.kind(), r.reason(), r.outcome(), at));
      flags.add(OrderFlag.green(at, settings.shopZone(), r.kind().name().toLowerCase(java.util.Locale.ROOT) + " by carrier: "
          + r.reason(), KEFU));
    } else if (event instanceof OrderEvent.RefundRequested r) {
      flags.add(OrderFlag.blue(at, settings.shopZone(), r.reason(), r.shipping(), r.agent().map(StaffId::value).orElse(KEFU)));
    } else if (event instanceof OrderEvent.Refunded) {
      b.refundedAt(earliest(before == null ? Optional.empty() : before.refundedAt(), at));
    } else if (event instanceof OrderEvent.ExchangeRequested x) {
      flags.add(OrderFlag.purple(at, settings.shopZone(), x.what(), x.priceDifference(), x.shipping(),
          x.agent().map(StaffId::value).orElse(KEFU)));
    } else if (event instanceof OrderEvent.ReviewPosted r) {
      if (r.rating() <= rules.negativeReviewMaxRating()) { // TK-10: followed up, resolved within 3 days
        StaffMember owner = rules.distributor().choose(before == null ? b.build() : before, settings.staff().members(),
            this::openReviews).flatMap(settings.staff()::find).orElse(null);
        Ticket t = tickets.openInto(work, null, customer, TicketKind.NEGATIVE_REVIEW, Channel.APP, Priority.HIGH,
            "Negative review of order " + id + " (" + r.rating() + "/5)", r.text().isBlank() ? "(no text)" : r.text(), owner, at, now);
        b.addTasks(new OrderTask(TicketKind.NEGATIVE_REVIEW, t.id(), "TK-10", at));
        if (owner != null) {
          work.addOutbox(outgoing.toStaff(owner.id(), events.get(0).eventId(), "order.negative-review",
              Map.of("orderId", id.value(), "rating", Integer.toString(r.rating()), "ticketId", t.id().value()), now));
        }
      }
      if (r.namedAgent().isPresent()) { // TK-18
        boolean praise = r.rating() >= rules.praiseMinRating();
        if (praise || r.rating() <= rules.negativeReviewMaxRating()) {
          events.add(new AgentMentioned(meta(id, version, now), r.namedAgent().get(), id, r.rating(), praise, at));
        }
      }
    } else if (event instanceof OrderEvent.DisputeOpened d) { // TK-5: to the shop manager at once
      StaffMember manager = shopManager();
      Ticket t = tickets.openInto(work, null, customer, TicketKind.PLATFORM_DISPUTE, Channel.WEB_FORM, Priority.URGENT,
          "Platform dispute on order " + id + " (" + d.platform() + ")", d.reason(), manager, at, now);
      b.addTasks(new OrderTask(TicketKind.PLATFORM_DISPUTE, t.id(), "TK-5", at));
      if (manager != null) {
        work.addOutbox(outgoing.toStaff(manager.id(), events.get(0).eventId(), "order.dispute",
            Map.of("orderId", id.value(), "platform", d.platform(), "ticketId", t.id().value()), now));
      }
    }
    for (OrderFlag f : flags) {
      b.addFlags(f);
      events.add(new OrderFlagged(meta(id, version, now), id, f));
    }
    Order after = b.build();
    work.addWrites(before == null ? AggregateWrite.create(after) : AggregateWrite.update(after));
    events.forEach(work::addEvents);
    LOG.debug("order {} took in {} (v{})", id, event.getClass().getSimpleName(), version);
    return new Change<>(after, work);
  }

  /** A fact reported twice keeps its first occurrence, whichever report arrives first. */
  private static Instant earliest(Optional<Instant> known, Instant at) {
    return known.filter(k -> k.isBefore(at)).orElse(at);
  }

  private int openReviews(StaffId agent) {
    return (int) settings.tickets().list(new TicketQuery(Optional.empty(), Optional.of(agent),
        java.util.EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER),
        Optional.of(TicketKind.NEGATIVE_REVIEW)), dev.kefu.spi.store.PageRequest.first(1)).total();
  }

  /** @return the supervisor reports and escalations go to: the configured one, else the first by id */
  StaffMember supervisor() {
    return rules.supervisor().flatMap(settings.staff()::find).orElseGet(() -> first(dev.kefu.spi.staff.Role.SUPERVISOR));
  }

  /** @return the shop manager reports and disputes go to: the configured one, else the first by id */
  StaffMember shopManager() {
    return rules.shopManager().flatMap(settings.staff()::find).orElseGet(() -> {
      StaffMember m = first(dev.kefu.spi.staff.Role.SHOP_MANAGER);
      return m != null ? m : first(dev.kefu.spi.staff.Role.GENERAL_MANAGER);
    });
  }

  private StaffMember first(dev.kefu.spi.staff.Role role) {
    return settings.staff().members().stream().filter(m -> m.role() == role)
        .min(Comparator.comparing(m -> m.id().value())).orElse(null);
  }

  private ScheduledWork portCall(String op, OrderId order, Map<String, String> more, String requestKey, Instant now) {
    Map<String, String> attributes = new LinkedHashMap<>(more);
    attributes.put("op", op);
    attributes.put("order", order.value());
    attributes.put("requestKey", requestKey);
    return new ScheduledWork(PORT_KIND + "/" + op + "/" + order.value(), PORT_KIND, now, attributes);
  }

  /**
   * Calls the order port for a decision already saved: the due-work handler of {@link #PORT_KIND}.
   * The call carries the decision's key, so a retry after a failure has no second effect.
   *
   * @param item the due item
   * @param now the time
   * @return nothing more to commit
   */
  public UnitOfWork.Builder callPort(DueItem item, Instant now) {
    Map<String, String> attr = item.attributes();
    OrderId order = OrderId.of(attr.get("order"));
    switch (attr.get("op")) {
      case "close" -> port.closeReplaced(order, OrderId.of(attr.get("replacement")), attr.get("requestKey"));
      case "prepaid" -> {
        OrderId replacement = port.replaceAsPrepaid(order, attr.get("requestKey"));
        LOG.info("order {} re-placed as prepaid order {} (TK-8)", order, replacement);
      }
      default -> LOG.warn("unknown order port call {}", attr.get("op"));
    }
    return UnitOfWork.builder();
  }

  // ---- commands ------------------------------------------------------------------------------

  @Override
  public Order take(TakeOrder command) {
    Objects.requireNonNull(command, "command");
    return runner.run("TakeOrder", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Order.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Order before = v.found(command.orderId(), "orderId", orders::find, "order");
      v.throwIfAny();
      actors.authorize(actor, StaffAction.HANDLE_TICKET);
      Instant now = a.now();
      OrderFlag red = OrderFlag.red(actor.name(), command.requests(), now); // TK-6
      Order after = before.toBuilder().takenBy(actor.id()).addFlags(red).version(before.version() + 1).build();
      return new Change<>(after, UnitOfWork.builder().addWrites(AggregateWrite.update(after))
          .addEvents(new OrderFlagged(meta(after.id(), after.version(), now), after.id(), red)));
    });
  }

  @Override
  public StockCheck confirm(ConfirmOrder command) {
    Objects.requireNonNull(command, "command");
    AtomicReference<List<StockCheck.Shortage>> found = new AtomicReference<>();
    Order result = runner.run("ConfirmOrder", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Order.class,
        a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          Order before = v.found(command.orderId(), "orderId", orders::find, "order");
          if (before != null && before.placedAt().isEmpty()) {
            v.addRule("orderId", "kefu has not heard that the order was placed", "TK-14");
          }
          v.throwIfAny();
          actors.authorize(actor, StaffAction.HANDLE_TICKET);
          if (before.confirmedAt().isPresent()) {
            found.set(List.of());
            return Change.none(before);
          }
          List<StockCheck.Shortage> shortages = shortages(before);
          found.set(shortages);
          Instant now = a.now();
          Order.Builder b = before.toBuilder().version(before.version() + 1);
          UnitOfWork.Builder work = UnitOfWork.builder();
          if (shortages.isEmpty()) {
            b.confirmedAt(now);
          } else { // TK-14: not confirmed; the order is abnormal (TK-6 green)
            OrderFlag green = OrderFlag.green(now, settings.shopZone(), "out of stock: "
                + String.join(", ", shortages.stream().map(StockCheck.Shortage::sku).toList()), actor.id().value());
            b.addFlags(green);
            work.addEvents(new OrderFlagged(meta(before.id(), before.version() + 1, now), before.id(), green));
          }
          Order after = b.build();
          return new Change<>(after, work.addWrites(AggregateWrite.update(after)));
        });
    List<StockCheck.Shortage> shortages = result.confirmedAt().isPresent() ? List.of()
        : Optional.ofNullable(found.get()).orElseGet(() -> shortages(result));
    return new StockCheck(result, shortages);
  }

  private List<StockCheck.Shortage> shortages(Order order) {
    Map<String, Integer> wanted = new TreeMap<>();
    order.items().forEach(i -> wanted.merge(i.sku(), i.quantity(), Integer::sum));
    List<StockCheck.Shortage> out = new ArrayList<>();
    wanted.forEach((sku, n) -> {
      int available = stock.available(sku);
      if (available < n) {
        out.add(new StockCheck.Shortage(sku, n, available));
      }
    });
    return out;
  }

  @Override
  public Order confirmCashOnDelivery(ConfirmCashOnDelivery command) {
    Objects.requireNonNull(command, "command");
    return runner.run("ConfirmCashOnDelivery", command, CommandRunner.requestKey(command.origin()), "origin.requestId",
        Order.class, a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          Order before = v.found(command.orderId(), "orderId", orders::find, "order");
          Ticket task = null;
          if (before != null && before.payment().filter(PaymentMethod.CASH_ON_DELIVERY::equals).isEmpty()) {
            v.addRule("orderId", "not a cash-on-delivery order", "TK-8");
          } else if (before != null) {
            task = before.tasks().stream().filter(t -> t.kind() == TicketKind.COD_CONFIRMATION).findFirst()
                .flatMap(t -> settings.tickets().find(t.ticket())).orElse(null);
            if (task == null || task.status() == TicketStatus.RESOLVED || task.status() == TicketStatus.CLOSED) {
              v.addRule("orderId", "the order's cash-on-delivery confirmation is done already", "TK-8");
            } else if (task.owner().isEmpty()) {
              v.addRule("orderId", "assign the confirmation ticket " + task.id() + " first", "TK-8");
            }
          }
          v.throwIfAny();
          actors.authorize(actor, StaffAction.RESOLVE_TICKET);
          if (!task.owner().get().equals(actor.id()) && !actor.role().isLead()) {
            throw new AccessDeniedException(actor.id(), actor.role(), "confirm order " + before.id(), "ST-1",
                "only the confirmation ticket's owner or a lead may record the buyer's answer");
          }
          Instant now = a.now();
          UnitOfWork.Builder work = UnitOfWork.builder();
          String answer = (command.surchargeAccepted() ? "surcharge accepted: " : "surcharge refused, re-placed as prepaid: ")
              + command.note();
          tickets.moveInto(work, task.id(), actor, TicketAction.RESOLVE, answer, false, now);
          if (command.surchargeAccepted()) {
            return new Change<>(before, work);
          }
          OrderFlag green = OrderFlag.green(now, settings.shopZone(), "cash-on-delivery surcharge refused, re-placed as prepaid",
              actor.id().value());
          Order after = before.toBuilder().addFlags(green).version(before.version() + 1).build();
          work.addWrites(AggregateWrite.update(after))
              .addEvents(new OrderFlagged(meta(after.id(), after.version(), now), after.id(), green))
              .addSchedule(portCall("prepaid", after.id(), Map.of(), "cod-refused:" + after.id().value(), now));
          return new Change<>(after, work);
        });
  }

  // ---- duties --------------------------------------------------------------------------------

  /** TK-7: at 16:00, a reminder to each customer online with an order of the day still unpaid. */
  private UnitOfWork.Builder remindUnpaid(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    Instant dayStart = LocalDate.ofInstant(occurrence, settings.shopZone()).atStartOfDay(settings.shopZone()).toInstant();
    int[] sent = new int[1];
    Pages.forEach(page -> orders.list(OrderQuery.all().placedBetween(dayStart, occurrence).awaitingPaymentOnly(), page), o -> {
      if (o.paymentReminded() || !presence.isOnline(o.customer(), occurrence)) {
        return;
      }
      OrderFlag yellow = OrderFlag.yellow(occurrence, settings.shopZone());
      Order after = o.toBuilder().paymentReminded(true).addFlags(yellow).version(o.version() + 1).build();
      OrderFlagged flagged = new OrderFlagged(meta(after.id(), after.version(), now), after.id(), yellow);
      work.addWrites(AggregateWrite.update(after)).addEvents(flagged);
      settings.customers().find(o.customer()).flatMap(c -> outgoing.toCustomer(c, Optional.empty(), flagged.eventId(),
          "order.payment-reminder", Map.of("orderId", o.id().value()), now)).ifPresent(work::addOutbox);
      sent[0]++;
    });
    LOG.info("payment reminders: {} sent (TK-7)", sent[0]);
    return work;
  }

  /** TK-9: the day's shipping and delay notices, due by 20:30. */
  private UnitOfWork.Builder sendNotices(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    Pages.forEach(page -> orders.list(OrderQuery.all(), page), o -> {
      if (o.pendingNotices().isEmpty()) {
        return;
      }
      Order after = o.toBuilder().pendingNotices(List.of()).version(o.version() + 1).build();
      work.addWrites(AggregateWrite.update(after));
      Optional<Customer> customer = settings.customers().find(o.customer());
      for (ShippingNotice n : o.pendingNotices()) {
        customer.flatMap(c -> outgoing.toCustomer(c, Optional.empty(), settings.ids().next(),
            n.delay() ? "order.delayed" : "order.shipped", Map.of("orderId", o.id().value(), "detail", n.detail()), now))
            .ifPresent(work::addOutbox);
      }
    });
    return work;
  }

  /** TK-13: the week's rejected and returned shipments, to the shop manager. */
  private UnitOfWork.Builder summariseReturns(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    ReturnsSummary s = returns(occurrence.minus(Duration.ofDays(7)), occurrence);
    StaffMember manager = shopManager();
    if (manager != null) {
      work.addOutbox(outgoing.toStaff(manager.id(), settings.ids().next(), "order.returns-summary",
          Map.of("from", s.from().toString(), "to", s.to().toString(),
              "rejected", Long.toString(s.count(OrderEvent.CarrierReturnKind.REJECTED)),
              "returned", Long.toString(s.count(OrderEvent.CarrierReturnKind.RETURNED)),
              "reasons", s.byReason().toString()), now));
    }
    return work;
  }

  // ---- reads ---------------------------------------------------------------------------------

  @Override
  public Optional<Order> find(OrderId id) {
    return orders.find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public List<OutOfStockItem> outOfStock(LocalDate day) {
    return stock.outOfStock(Objects.requireNonNull(day, "day"));
  }

  @Override
  public Worklist worklist(StaffId agent) {
    Objects.requireNonNull(agent, "agent");
    Instant now = settings.clock().instant();
    List<Ticket> unanswered = new ArrayList<>();
    List<Ticket> reviews = new ArrayList<>();
    Pages.forEach(page -> settings.tickets().list(TicketQuery.all().withOwner(agent).withStatuses(TicketStatus.OPEN,
        TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER), page), t -> {
          if (t.kind() == TicketKind.NEGATIVE_REVIEW) {
            reviews.add(t);
          }
          if (waitsForAnswer(t)) {
            unanswered.add(t);
          }
        });
    List<Order> unpaid = new ArrayList<>();
    Pages.forEach(page -> orders.list(OrderQuery.all().awaitingPaymentOnly(), page), o -> {
      if (o.takenBy().filter(agent::equals).isPresent()
          || settings.customers().find(o.customer()).flatMap(Customer::owner).filter(agent::equals).isPresent()) {
        unpaid.add(o);
      }
    });
    return new Worklist(agent, now, unanswered, unpaid, reviews);
  }

  /**
   * TK-16: at the start of an agent's shift, their worklist — unanswered messages, unpaid orders
   * to chase, negative reviews in progress — goes to them in the workbench; an empty one sends
   * nothing.
   *
   * @param item the due item, scheduled at the shift's start when the roster was published
   * @param now when it runs
   * @return the notice, if any
   */
  public UnitOfWork.Builder shiftWorklist(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    String agent = item.attributes().get("agent");
    if (agent == null || settings.staff().find(StaffId.of(agent)).isEmpty()) {
      return work;
    }
    Worklist w = worklist(StaffId.of(agent));
    if (!w.isEmpty()) {
      work.addOutbox(outgoing.toStaff(StaffId.of(agent), settings.ids().next(), "order.worklist", Map.of(
          "unanswered", Integer.toString(w.unanswered().size()), "unpaid", Integer.toString(w.unpaidOrders().size()),
          "reviews", Integer.toString(w.negativeReviews().size())), now));
    }
    return work;
  }

  /** The customer wrote last, or nobody has answered yet. */
  private static boolean waitsForAnswer(Ticket t) {
    if (t.firstRespondedAt().isEmpty()) {
      return true;
    }
    List<ContactLogEntry> log = t.contactLog();
    ContactLogEntry last = log.get(log.size() - 1);
    return last.messagesIn() > 0 && last.messagesOut() == 0;
  }

  @Override
  public ReturnsSummary returns(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<ReturnsSummary.Line> lines = new ArrayList<>();
    Pages.forEach(page -> orders.list(OrderQuery.all(), page), o -> {
      for (CarrierReturn r : o.returns()) {
        if (!r.at().isBefore(from) && r.at().isBefore(to)) {
          lines.add(new ReturnsSummary.Line(o.id(), r.kind(), r.reason(), r.outcome(), r.at()));
        }
      }
    });
    lines.sort(Comparator.comparing(ReturnsSummary.Line::at).thenComparing(l -> l.order().value()));
    Map<String, Long> byReason = new TreeMap<>();
    Map<String, Long> byOutcome = new TreeMap<>();
    for (ReturnsSummary.Line l : lines) {
      byReason.merge(l.reason(), 1L, Long::sum);
      byOutcome.merge(l.outcome(), 1L, Long::sum);
    }
    return new ReturnsSummary(from, to, lines, byReason, byOutcome);
  }

  @Override
  public List<AgentMentions> mentions(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<String, long[]> counts = new TreeMap<>();
    long after = 0;
    while (true) {
      List<StoredEvent> page = settings.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (StoredEvent stored : page) {
        after = stored.position();
        if (stored.event() instanceof AgentMentioned m && !m.postedAt().isBefore(from) && m.postedAt().isBefore(to)) {
          counts.computeIfAbsent(m.agent().value(), k -> new long[2])[m.praise() ? 0 : 1]++;
        }
      }
    }
    List<AgentMentions> out = new ArrayList<>();
    counts.forEach((agent, c) -> out.add(new AgentMentions(StaffId.of(agent), c[0], c[1])));
    return out;
  }
}
