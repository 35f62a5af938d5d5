package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.ShopBackend.status;
import static dev.kefu.examples.backend.ShopBackend.string;
import static dev.kefu.examples.backend.ShopBackend.update;
import static dev.kefu.examples.backend.ShopDatabase.timestamp;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import dev.kefu.spi.order.PaymentMethod;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * kefu's {@link OrderPort} on the backend's tables: what kefu asks of the order system after it
 * decided something.
 *
 * <ul>
 *   <li>{@link #closeReplaced}: the customer re-placed an order and agreed that the old one be
 *       closed (TK-7); the old order is closed, once.
 *   <li>{@link #replaceAsPrepaid}: the buyer of a cash-on-delivery order refused the surcharge
 *       (TK-8); the backend places a new, prepaid order with the same lines, and records its
 *       {@code Placed} event (re-placing the old order, with the buyer's consent) for the relay, so
 *       kefu hears of the new order like of any other, and closes the old one through
 *       {@link #closeReplaced}.
 * </ul>
 *
 * <p>kefu calls these from {@code runDueWork()} and repeats a call that failed, with the same
 * request key. Each call is one transaction that first writes the key to
 * {@code order_port_requests} (its primary key): a repeated key finds the first answer and changes
 * nothing; two hosts racing on one key collide on the primary key, and the loser reads the
 * winner's answer.
 *
 * <p>Thread-safe.
 */
final class JdbcOrderPort implements OrderPort {

  /** SQLState of a unique-key violation. */
  private static final String DUPLICATE_KEY = "23505";

  private final ShopDatabase db;
  private final ShopBackend backend;
  private final Clock clock;

  /**
   * @param db the backend's database
   * @param backend the backend's order services, to place the prepaid order
   * @param clock the backend's clock
   */
  JdbcOrderPort(ShopDatabase db, ShopBackend backend, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void closeReplaced(OrderId replaced, OrderId replacement, String requestKey) {
    Objects.requireNonNull(replaced, "replaced");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(requestKey, "requestKey");
    once(requestKey, () -> db.inTransaction(c -> {
      if (answered(c, requestKey).isPresent()) {
        return null;
      }
      Instant at = clock.instant();
      insertRequest(c, requestKey, "CLOSE_REPLACED", replaced, null, at);
      String current = string(c, "SELECT status FROM orders WHERE id = ?", replaced.value())
          .orElseThrow(() -> new IllegalArgumentException("no order " + replaced.value()));
      if (!current.equals("CLOSED")) {
        status(c, replaced, "CLOSED", at, "re-placed by " + replacement.value() + ", with the customer's consent");
      }
      return null;
    }));
  }

  @Override
  public OrderId replaceAsPrepaid(OrderId order, String requestKey) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(requestKey, "requestKey");
    return once(requestKey, () -> db.inTransaction(c -> {
      Optional<String> earlier = answered(c, requestKey);
      if (earlier.isPresent()) {
        return OrderId.of(earlier.get());
      }
      Instant at = clock.instant();
      OrderId prepaid = ShopBackend.nextOrderId(c);
      Optional<String> instructions = string(c, "SELECT instructions FROM orders WHERE id = ?", order.value());
      // the buyer agreed to the new order when refusing the surcharge: the old one may be closed
      backend.insertOrder(c, prepaid, ShopBackend.customerOf(c, order), PaymentMethod.PREPAID,
          OrderEventOutbox.lines(c, order), instructions, Optional.of(order), true, at);
      insertRequest(c, requestKey, "REPLACE_AS_PREPAID", order, prepaid, at);
      return prepaid;
    }));
  }

  /** Runs a keyed request; if another host wrote the same key meanwhile, runs it again to read that answer. */
  private static <T> T once(String requestKey, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
        return call.get(); // finds the winner's answer
      }
      throw e;
    }
  }

  /** @return the request's result order if the key was seen ("" for a close), empty if not */
  private static Optional<String> answered(Connection c, String requestKey) throws SQLException {
    try (var s = c.prepareStatement("SELECT COALESCE(result_order_id, '') FROM order_port_requests WHERE request_key = ?")) {
      s.setString(1, requestKey);
      try (var r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static void insertRequest(Connection c, String key, String operation, OrderId order, OrderId result, Instant at)
      throws SQLException {
    update(c, "INSERT INTO order_port_requests (request_key, operation, order_id, result_order_id, at) VALUES (?, ?, ?, ?, ?)",
        key, operation, order.value(), result == null ? null : result.value(), timestamp(at));
  }
}
