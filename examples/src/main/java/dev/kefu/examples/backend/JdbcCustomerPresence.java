package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.ShopDatabase.timestamp;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CustomerPresence;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * kefu's {@link CustomerPresence} on the shop's app and chat sessions (TK-7): a customer is online
 * at an instant if one of their sessions had started by then and was last active no more than the
 * window before it. Also the session side: sign in, activity, sign out, each at the clock's time.
 *
 * <p>Thread-safe.
 */
final class JdbcCustomerPresence implements CustomerPresence {

  private final ShopDatabase db;
  private final Clock clock;
  private final Duration window;

  /**
   * @param db the backend's database
   * @param clock where sessions read the time of activity
   * @param window how recent the last activity must be for a customer to count as online
   * @throws IllegalArgumentException if the window is not positive
   */
  JdbcCustomerPresence(ShopDatabase db, Clock clock, Duration window) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
  }

  @Override
  public boolean isOnline(CustomerId customer, Instant at) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(at, "at");
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM customer_sessions"
          + " WHERE customer_id = ? AND started_at <= ? AND last_seen_at >= ? FETCH FIRST 1 ROW ONLY")) {
        s.setString(1, customer.value());
        s.setObject(2, timestamp(at));
        s.setObject(3, timestamp(at.minus(window)));
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  /**
   * A customer opens the app or the chat.
   *
   * @param customer who
   * @return the session's id
   */
  long signIn(CustomerId customer) {
    Instant now = clock.instant();
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO customer_sessions (customer_id, started_at, last_seen_at) VALUES (?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, customer.value());
        s.setObject(2, timestamp(now));
        s.setObject(3, timestamp(now));
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  /**
   * The customer did something in an open session.
   *
   * @param session the session
   */
  void seen(long session) {
    Instant now = clock.instant();
    db.inTransaction(c -> ShopBackend.update(c,
        "UPDATE customer_sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL", timestamp(now), session));
  }

  /**
   * The customer signs out: the session's last activity is now.
   *
   * @param session the session
   */
  void signOut(long session) {
    Instant now = clock.instant();
    db.inTransaction(c -> ShopBackend.update(c,
        "UPDATE customer_sessions SET last_seen_at = ?, ended_at = ? WHERE id = ? AND ended_at IS NULL", timestamp(now),
        timestamp(now), session));
  }
}
