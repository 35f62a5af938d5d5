package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.ShopDatabase.instant;
import static dev.kefu.examples.backend.ShopDatabase.timestamp;

import dev.kefu.InvalidCommandException;
import dev.kefu.order.Orders;
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
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The backend's record of the order events it emitted ({@code order_events}), and the relay that
 * hands them to kefu.
 *
 * <p>The pattern: a service writes its fact (a payment, a shipment, a review) and
 * {@link #record records} the matching {@link OrderEvent} <em>in the same transaction</em>, so the
 * fact and the event are saved together or not at all. After the commit the host
 * {@link #relayPending relays} what kefu has not taken yet to {@code kefu.orders().feed(...)} and
 * marks it relayed. A crash between feeding and marking leaves the event pending; it is fed again
 * on the next relay, and kefu, which keeps the backend's event id, gives it no second effect. So
 * kefu hears of every fact at least once and acts on it exactly once.
 *
 * <p>Thread-safe. Two hosts relaying at once may both feed an event; kefu's idempotence makes that
 * harmless too.
 */
final class OrderEventOutbox {

  /**
   * What one relay pass did.
   *
   * @param relayed events kefu took
   * @param refused events kefu refused as invalid (kept with the reason, not relayed again)
   */
  record Relay(int relayed, int refused) {}

  private static final String COLUMNS = "event_id, type, order_id, customer_id, occurred_at, payment, instructions, replaces,"
      + " consent_to_close, carrier, tracking_number, reason, expected_ship_date, return_kind, outcome, what, shipping,"
      + " agent, amount, currency, rating, review_text, platform";

  private final ShopDatabase db;
  private final Clock clock;

  /**
   * @param db the backend's database
   * @param clock the backend's clock, for the relay's bookkeeping
   */
  OrderEventOutbox(ShopDatabase db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A new event id, from the backend's own sequence.
   *
   * @param c the transaction's connection
   * @return {@code evt-000001}, {@code evt-000002}, …
   * @throws SQLException if the database fails
   */
  static String nextEventId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT NEXT VALUE FOR event_numbers");
        ResultSet r = s.executeQuery()) {
      r.next();
      return String.format("evt-%06d", r.getLong(1));
    }
  }

  /**
   * Records an event in the caller's transaction.
   *
   * @param c the connection of the transaction that saves the fact
   * @param event the event
   * @throws SQLException if the database fails (the caller's transaction rolls back)
   */
  void record(Connection c, OrderEvent event) throws SQLException {
    Objects.requireNonNull(event, "event");
    try (PreparedStatement s = c.prepareStatement("INSERT INTO order_events (" + COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= 23; i++) {
        s.setNull(i, Types.NULL);
      }
      s.setString(1, event.eventId());
      s.setString(2, type(event));
      s.setString(3, event.orderId().value());
      s.setString(4, event.customerId().value());
      s.setObject(5, timestamp(event.occurredAt()));
      if (event instanceof OrderEvent.Placed e) {
        s.setString(6, e.payment().name());
        s.setString(7, e.instructions().orElse(null));
        s.setString(8, e.replaces().map(OrderId::value).orElse(null));
        s.setBoolean(9, e.consentToCloseReplaced());
      } else if (event instanceof OrderEvent.Shipped e) {
        s.setString(10, e.carrier());
        s.setString(11, e.trackingNumber());
      } else if (event instanceof OrderEvent.ShippingDelayed e) {
        s.setString(12, e.reason());
        s.setDate(13, Date.valueOf(e.expectedShipDate()));
      } else if (event instanceof OrderEvent.ReturnedByCarrier e) {
        s.setString(14, e.kind().name());
        s.setString(12, e.reason());
        s.setString(15, e.outcome());
      } else if (event instanceof OrderEvent.RefundRequested e) {
        s.setString(12, e.reason());
        s.setString(17, e.shipping());
        s.setString(18, e.agent().map(StaffId::value).orElse(null));
      } else if (event instanceof OrderEvent.Refunded e) {
        s.setBigDecimal(19, e.amount().amount());
        s.setString(20, e.amount().currency().getCurrencyCode());
      } else if (event instanceof OrderEvent.ExchangeRequested e) {
        s.setString(16, e.what());
        s.setBigDecimal(19, e.priceDifference().amount());
        s.setString(20, e.priceDifference().currency().getCurrencyCode());
        s.setString(17, e.shipping());
        s.setString(18, e.agent().map(StaffId::value).orElse(null));
      } else if (event instanceof OrderEvent.ReviewPosted e) {
        s.setInt(21, e.rating());
        s.setString(22, e.text());
        s.setString(18, e.namedAgent().map(StaffId::value).orElse(null));
      } else if (event instanceof OrderEvent.DisputeOpened e) {
        s.setString(23, e.platform());
        s.setString(12, e.reason());
      }
      s.executeUpdate();
    }
  }

  private static String type(OrderEvent event) {
    return event.getClass().getSimpleName(); // Placed, Paid, Shipped, …: the record's own name
  }

  /**
   * Feeds kefu every event it has not taken yet, oldest first, and marks each relayed once kefu
   * took it. An event kefu refuses as invalid is kept with the reason and not tried again; any
   * other failure (kefu's store unavailable) ends the pass and leaves the rest for the next one.
   *
   * @param orders kefu's order events port
   * @return what the pass did
   */
  Relay relayPending(Orders orders) {
    Objects.requireNonNull(orders, "orders");
    List<OrderEvent> pending = db.inTransaction(c -> read(c,
        "SELECT " + COLUMNS + " FROM order_events WHERE relayed_at IS NULL AND relay_error IS NULL ORDER BY seq"));
    int relayed = 0;
    int refused = 0;
    for (OrderEvent event : pending) {
      try {
        orders.feed(event);
      } catch (InvalidCommandException e) {
        refused++;
        // the violations name fields and rules, never the customer's data
        String reason = String.join("; ", e.paths());
        db.inTransaction(c -> update(c, "UPDATE order_events SET relay_error = ?, relay_attempts = relay_attempts + 1"
            + " WHERE event_id = ?", "invalid: " + reason, event.eventId()));
        continue;
      }
      // a crash here leaves the event pending: the next pass feeds it again, to no new effect
      db.inTransaction(c -> update(c, "UPDATE order_events SET relayed_at = ?, relay_attempts = relay_attempts + 1"
          + " WHERE event_id = ?", timestamp(clock.instant()), event.eventId()));
      relayed++;
    }
    return new Relay(relayed, refused);
  }

  /**
   * Feeds kefu every event recorded, relayed or not, in order: what a host does when it is unsure
   * what kefu has (after restoring kefu's store from a backup, say). kefu ignores what it has.
   *
   * @param orders kefu's order events port
   * @return how many events were fed
   */
  int replayAll(Orders orders) {
    List<OrderEvent> all = db.inTransaction(c -> read(c,
        "SELECT " + COLUMNS + " FROM order_events WHERE relay_error IS NULL ORDER BY seq"));
    all.forEach(orders::feed);
    return all.size();
  }

  /** @return how many events wait to be relayed */
  int pending() {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT COUNT(*) FROM order_events WHERE relayed_at IS NULL AND relay_error IS NULL");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    });
  }

  /** @return every event recorded, in order */
  List<OrderEvent> all() {
    return db.inTransaction(c -> read(c, "SELECT " + COLUMNS + " FROM order_events ORDER BY seq"));
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s.executeUpdate();
    }
  }

  private static List<OrderEvent> read(Connection c, String sql) throws SQLException {
    List<OrderEvent> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(event(c, r));
      }
    }
    return out;
  }

  private static OrderEvent event(Connection c, ResultSet r) throws SQLException {
    String id = r.getString("event_id");
    OrderId order = OrderId.of(r.getString("order_id"));
    CustomerId customer = CustomerId.of(r.getString("customer_id"));
    java.time.Instant at = instant(r.getObject("occurred_at", OffsetDateTime.class));
    Optional<StaffId> agent = Optional.ofNullable(r.getString("agent")).map(StaffId::of);
    String type = r.getString("type");
    switch (type) {
      case "Placed":
        return new OrderEvent.Placed(id, order, customer, at, PaymentMethod.valueOf(r.getString("payment")),
            lines(c, order), Optional.ofNullable(r.getString("instructions")),
            Optional.ofNullable(r.getString("replaces")).map(OrderId::of), r.getBoolean("consent_to_close"));
      case "Paid":
        return new OrderEvent.Paid(id, order, customer, at);
      case "Shipped":
        return new OrderEvent.Shipped(id, order, customer, at, r.getString("carrier"), r.getString("tracking_number"));
      case "ShippingDelayed":
        return new OrderEvent.ShippingDelayed(id, order, customer, at, r.getString("reason"),
            r.getDate("expected_ship_date").toLocalDate());
      case "Delivered":
        return new OrderEvent.Delivered(id, order, customer, at);
      case "ReturnedByCarrier":
        return new OrderEvent.ReturnedByCarrier(id, order, customer, at,
            OrderEvent.CarrierReturnKind.valueOf(r.getString("return_kind")), r.getString("reason"), r.getString("outcome"));
      case "RefundRequested":
        return new OrderEvent.RefundRequested(id, order, customer, at, r.getString("reason"), r.getString("shipping"), agent);
      case "Refunded":
        return new OrderEvent.Refunded(id, order, customer, at, money(r));
      case "ExchangeRequested":
        return new OrderEvent.ExchangeRequested(id, order, customer, at, r.getString("what"), money(r),
            r.getString("shipping"), agent);
      case "ReviewPosted":
        return new OrderEvent.ReviewPosted(id, order, customer, at, r.getInt("rating"), r.getString("review_text"), agent);
      case "DisputeOpened":
        return new OrderEvent.DisputeOpened(id, order, customer, at, r.getString("platform"), r.getString("reason"));
      default:
        throw new IllegalStateException("event " + id + " has an unknown type " + type);
    }
  }

  private static Money money(ResultSet r) throws SQLException {
    BigDecimal amount = r.getBigDecimal("amount");
    return Money.of(amount.toPlainString(), r.getString("currency"));
  }

  /**
   * The lines of an order, in line order.
   *
   * @param c a connection
   * @param order the order
   * @return its lines
   * @throws SQLException if the database fails
   */
  static List<LineItem> lines(Connection c, OrderId order) throws SQLException {
    List<LineItem> lines = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT sku, category, quantity, unit_price, currency FROM order_lines WHERE order_id = ? ORDER BY line_no")) {
      s.setString(1, order.value());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          lines.add(new LineItem(r.getString("sku"), r.getString("category"), r.getInt("quantity"),
              Money.of(r.getBigDecimal("unit_price").toPlainString(), r.getString("currency"))));
        }
      }
    }
    return lines;
  }
}
