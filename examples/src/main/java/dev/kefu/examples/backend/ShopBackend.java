package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.ShopDatabase.timestamp;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.staff.StaffId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop backend's own order services: place, pay, ship, delay, deliver, carrier returns,
 * refunds, exchanges, reviews and platform disputes. Each writes its fact to the backend's tables
 * and records the matching kefu {@link OrderEvent} — with the backend's own event id and the
 * instant the fact happened — in the same transaction ({@link OrderEventOutbox}); nothing here
 * calls kefu. The host relays the recorded events afterwards.
 *
 * <p>Money is in the shop's currency (CNY). Thread-safe: each call is one transaction.
 */
final class ShopBackend {

  private final ShopDatabase db;
  private final OrderEventOutbox events;
  private final Clock clock;

  /**
   * @param db the backend's database
   * @param events where the emitted events are recorded
   * @param clock where the backend reads the time of its facts
   */
  ShopBackend(ShopDatabase db, OrderEventOutbox events, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A customer signs up with the shop.
   *
   * @param id the customer's id, the same kefu knows them by
   * @param name their name
   */
  void registerCustomer(CustomerId id, String name) {
    db.inTransaction(c -> update(c, "INSERT INTO customers (id, name, registered_at) VALUES (?, ?, ?)", id.value(), name,
        timestamp(clock.instant())));
  }

  /**
   * A customer places an order; the backend numbers it.
   *
   * @param customer who
   * @param payment prepaid or cash on delivery
   * @param lines the lines
   * @param instructions the customer's instructions, if any
   * @return the new order's id
   */
  OrderId placeOrder(CustomerId customer, PaymentMethod payment, List<LineItem> lines, Optional<String> instructions) {
    return db.inTransaction(c -> {
      OrderId id = nextOrderId(c);
      insertOrder(c, id, customer, payment, lines, instructions, Optional.empty(), false, clock.instant());
      return id;
    });
  }

  /**
   * An order placed under an id given from outside (an order imported from a marketplace).
   *
   * @param id the order's id
   * @param customer who
   * @param payment prepaid or cash on delivery
   * @param lines the lines
   * @return the id
   */
  OrderId placeOrder(OrderId id, CustomerId customer, PaymentMethod payment, List<LineItem> lines) {
    return db.inTransaction(c -> {
      insertOrder(c, id, customer, payment, lines, Optional.empty(), Optional.empty(), false, clock.instant());
      return id;
    });
  }

  /**
   * The next order number, in the caller's transaction.
   *
   * @param c the connection
   * @return {@code SO-1001}, {@code SO-1002}, …
   * @throws SQLException if the database fails
   */
  static OrderId nextOrderId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT NEXT VALUE FOR order_numbers"); ResultSet r = s.executeQuery()) {
      r.next();
      return OrderId.of("SO-" + r.getLong(1));
    }
  }

  /**
   * Writes a placed order, its lines, its first status and its {@code Placed} event, in the caller's
   * transaction.
   *
   * @param c the connection
   * @param id the order
   * @param customer the customer
   * @param payment how it is paid
   * @param lines its lines
   * @param instructions the customer's instructions
   * @param replaces the order it re-places
   * @param consentToClose whether the customer agreed that the replaced order be closed
   * @param at when it was placed
   * @throws SQLException if the database fails
   */
  void insertOrder(Connection c, OrderId id, CustomerId customer, PaymentMethod payment, List<LineItem> lines,
      Optional<String> instructions, Optional<OrderId> replaces, boolean consentToClose, Instant at) throws SQLException {
    update(c, "INSERT INTO orders (id, customer_id, payment, status, instructions, replaces, placed_at)"
        + " VALUES (?, ?, ?, 'PLACED', ?, ?, ?)", id.value(), customer.value(), payment.name(), instructions.orElse(null),
        replaces.map(OrderId::value).orElse(null), timestamp(at));
    int n = 0;
    for (LineItem l : lines) {
      update(c, "INSERT INTO order_lines (order_id, line_no, sku, category, quantity, unit_price, currency)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", id.value(), ++n, l.sku(), l.category(), l.quantity(), l.unitPrice().amount(),
          l.unitPrice().currency().getCurrencyCode());
    }
    status(c, id, "PLACED", at, replaces.map(r -> "re-places " + r.value()).orElse(null));
    events.record(c, new OrderEvent.Placed(OrderEventOutbox.nextEventId(c), id, customer, at, payment, lines, instructions,
        replaces, consentToClose));
  }

  /**
   * The customer paid the order's total.
   *
   * @param order the order
   */
  void pay(OrderId order) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      Money total = total(c, order);
      update(c, "INSERT INTO payments (order_id, kind, amount, currency, at) VALUES (?, 'PAYMENT', ?, ?, ?)", order.value(),
          total.amount(), total.currency().getCurrencyCode(), timestamp(at));
      status(c, order, "PAID", at, null);
      events.record(c, new OrderEvent.Paid(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at));
      return null;
    });
  }

  /**
   * The order leaves the warehouse: its units come off the stock.
   *
   * @param order the order
   * @param carrier the carrier
   * @param trackingNumber the carrier's tracking number
   * @throws IllegalStateException if the warehouse does not hold the units (nothing is written)
   */
  void ship(OrderId order, String carrier, String trackingNumber) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      for (LineItem l : OrderEventOutbox.lines(c, order)) {
        // the CHECK (on_hand >= 0) refuses to ship what is not there, and the transaction rolls back
        update(c, "UPDATE stock SET on_hand = on_hand - ? WHERE sku = ?", l.quantity(), l.sku());
      }
      update(c, "INSERT INTO shipments (order_id, carrier, tracking_number, shipped_at) VALUES (?, ?, ?, ?)", order.value(),
          carrier, trackingNumber, timestamp(at));
      status(c, order, "SHIPPED", at, null);
      events.record(c, new OrderEvent.Shipped(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, carrier,
          trackingNumber));
      return null;
    });
  }

  /**
   * Shipping is delayed.
   *
   * @param order the order
   * @param reason why, in words the customer may read
   * @param expectedShipDate when it is now expected to ship
   */
  void delayShipping(OrderId order, String reason, LocalDate expectedShipDate) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO shipping_delays (order_id, reason, expected_ship_date, at) VALUES (?, ?, ?, ?)", order.value(),
          reason, Date.valueOf(expectedShipDate), timestamp(at));
      events.record(c, new OrderEvent.ShippingDelayed(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, reason,
          expectedShipDate));
      return null;
    });
  }

  /**
   * The carrier delivered the order.
   *
   * @param order the order
   */
  void deliver(OrderId order) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "UPDATE shipments SET delivered_at = ? WHERE order_id = ?", timestamp(at), order.value());
      status(c, order, "DELIVERED", at, null);
      events.record(c, new OrderEvent.Delivered(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at));
      return null;
    });
  }

  /**
   * The carrier brought the parcel back; a restocked parcel's units go back on the shelf.
   *
   * @param order the order
   * @param kind rejected at the door or returned later
   * @param reason why
   * @param outcome what became of it, for example "restocked"
   */
  void carrierReturn(OrderId order, OrderEvent.CarrierReturnKind kind, String reason, String outcome) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO carrier_returns (order_id, kind, reason, outcome, at) VALUES (?, ?, ?, ?, ?)", order.value(),
          kind.name(), reason, outcome, timestamp(at));
      if (outcome.equals("restocked")) {
        for (LineItem l : OrderEventOutbox.lines(c, order)) {
          update(c, "UPDATE stock SET on_hand = on_hand + ? WHERE sku = ?", l.quantity(), l.sku());
        }
      }
      status(c, order, "RETURNED", at, kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason);
      events.record(c, new OrderEvent.ReturnedByCarrier(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, kind,
          reason, outcome));
      return null;
    });
  }

  /**
   * The customer asks for a refund.
   *
   * @param order the order
   * @param reason why
   * @param shipping how the goods come back
   * @param agent the agent handling it, if any
   */
  void requestRefund(OrderId order, String reason, String shipping, Optional<StaffId> agent) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO after_sales_requests (order_id, kind, detail, shipping, agent, at)"
          + " VALUES (?, 'REFUND', ?, ?, ?, ?)", order.value(), reason, shipping, agent.map(StaffId::value).orElse(null),
          timestamp(at));
      events.record(c, new OrderEvent.RefundRequested(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, reason,
          shipping, agent));
      return null;
    });
  }

  /**
   * The shop pays a refund.
   *
   * @param order the order
   * @param amount how much, in CNY
   */
  void refund(OrderId order, Money amount) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO payments (order_id, kind, amount, currency, at) VALUES (?, 'REFUND', ?, ?, ?)", order.value(),
          amount.amount(), amount.currency().getCurrencyCode(), timestamp(at));
      status(c, order, "REFUNDED", at, null);
      events.record(c, new OrderEvent.Refunded(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, amount));
      return null;
    });
  }

  /**
   * The customer asks to exchange goods.
   *
   * @param order the order
   * @param what what for what
   * @param priceDifference what the customer pays on top, in CNY
   * @param shipping how it ships
   * @param agent the agent handling it, if any
   */
  void requestExchange(OrderId order, String what, Money priceDifference, String shipping, Optional<StaffId> agent) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO after_sales_requests (order_id, kind, detail, price_difference, currency, shipping, agent, at)"
          + " VALUES (?, 'EXCHANGE', ?, ?, ?, ?, ?, ?)", order.value(), what, priceDifference.amount(),
          priceDifference.currency().getCurrencyCode(), shipping, agent.map(StaffId::value).orElse(null), timestamp(at));
      events.record(c, new OrderEvent.ExchangeRequested(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, what,
          priceDifference, shipping, agent));
      return null;
    });
  }

  /**
   * The customer reviews an order.
   *
   * @param order the order
   * @param rating 1 to 5
   * @param text what they wrote
   * @param namedAgent the agent the review names, if any
   */
  void review(OrderId order, int rating, String text, Optional<StaffId> namedAgent) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO reviews (order_id, rating, text, named_agent, posted_at) VALUES (?, ?, ?, ?, ?)", order.value(),
          rating, text, namedAgent.map(StaffId::value).orElse(null), timestamp(at));
      events.record(c, new OrderEvent.ReviewPosted(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, rating,
          text, namedAgent));
      return null;
    });
  }

  /**
   * The customer opens a dispute on the marketplace.
   *
   * @param order the order
   * @param platform the marketplace
   * @param reason its reason as the platform gives it
   */
  void openDispute(OrderId order, String platform, String reason) {
    db.inTransaction(c -> {
      Instant at = clock.instant();
      update(c, "INSERT INTO disputes (order_id, platform, reason, opened_at) VALUES (?, ?, ?, ?)", order.value(), platform,
          reason, timestamp(at));
      events.record(c, new OrderEvent.DisputeOpened(OrderEventOutbox.nextEventId(c), order, customerOf(c, order), at, platform,
          reason));
      return null;
    });
  }

  /**
   * The order's status as the backend has it.
   *
   * @param order the order
   * @return the status, for example {@code PAID}
   */
  String statusOf(OrderId order) {
    return db.inTransaction(c -> string(c, "SELECT status FROM orders WHERE id = ?", order.value())
        .orElseThrow(() -> new IllegalArgumentException("no order " + order.value())));
  }

  // ---- helpers, in the caller's transaction ---------------------------------------------------

  static CustomerId customerOf(Connection c, OrderId order) throws SQLException {
    return string(c, "SELECT customer_id FROM orders WHERE id = ?", order.value()).map(CustomerId::of)
        .orElseThrow(() -> new IllegalArgumentException("no order " + order.value()));
  }

  static void status(Connection c, OrderId order, String status, Instant at, String note) throws SQLException {
    update(c, "UPDATE orders SET status = ? WHERE id = ?", status, order.value());
    update(c, "INSERT INTO order_status_changes (order_id, status, at, note) VALUES (?, ?, ?, ?)", order.value(), status,
        timestamp(at), note);
  }

  private static Money total(Connection c, OrderId order) throws SQLException {
    BigDecimal sum = BigDecimal.ZERO;
    String currency = "CNY";
    for (LineItem l : OrderEventOutbox.lines(c, order)) {
      sum = sum.add(l.amount().amount());
      currency = l.unitPrice().currency().getCurrencyCode();
    }
    return Money.of(sum.toPlainString(), currency);
  }

  static Optional<String> string(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
      }
    }
  }

  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }
}
