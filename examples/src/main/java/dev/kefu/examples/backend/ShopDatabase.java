package dev.kefu.examples.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The shop backend's database: an embedded, in-memory H2 database with the backend's schema
 * ({@code schema.sql} beside this class) applied at start, and a helper that runs work in one
 * transaction. kefu's own stores live here too: {@link ShopHost} hands {@link #dataSource()} to
 * kefu-jdbc, whose {@code kefu_*} tables sit beside the backend's.
 *
 * <p>Thread-safe: each transaction takes its own connection.
 */
final class ShopDatabase implements AutoCloseable {

  /** Work on one connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    /**
     * @param connection the transaction's connection
     * @return the result
     * @throws SQLException to roll back
     */
    T run(Connection connection) throws SQLException;
  }

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final JdbcDataSource dataSource;
  private final Connection keepAlive;

  private ShopDatabase(String name) {
    dataSource = new JdbcDataSource();
    // each instance its own database; it lives while keepAlive is open
    dataSource.setURL("jdbc:h2:mem:" + name + "-" + INSTANCES.incrementAndGet() + ";MODE=PostgreSQL");
    dataSource.setUser("shop");
    try {
      keepAlive = dataSource.getConnection();
      applySchema(keepAlive);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the shop database", e);
    }
  }

  /**
   * Opens a new, empty database with the backend's schema.
   *
   * @param name a name for the database, for messages
   * @return the database
   */
  static ShopDatabase open(String name) {
    return new ShopDatabase(Objects.requireNonNull(name, "name"));
  }

  private static void applySchema(Connection c) throws SQLException {
    String script;
    try (InputStream in = ShopDatabase.class.getResourceAsStream("schema.sql")) {
      if (in == null) {
        throw new IllegalStateException("schema.sql is missing beside " + ShopDatabase.class.getName());
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement s = c.createStatement()) {
      for (String statement : script.split(";\\s*(\\R|$)")) {
        String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
    }
  }

  /** @return the data source, for code that manages its own connections: kefu's JDBC storage */
  DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs work in one transaction: committed if it returns, rolled back if it throws.
   *
   * @param work the work
   * @param <T> its result
   * @return the work's result
   * @throws IllegalStateException wrapping an {@link SQLException}
   */
  <T> T inTransaction(Work<T> work) {
    Objects.requireNonNull(work, "work");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("shop database: " + e.getMessage(), e);
    }
  }

  /**
   * @param instant an instant
   * @return the value JDBC 4.2 binds to a {@code TIMESTAMP WITH TIME ZONE}
   */
  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * @param value a {@code TIMESTAMP WITH TIME ZONE} read through JDBC 4.2
   * @return the instant, or null
   */
  static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /** Drops the database. */
  @Override
  public void close() {
    try (Statement s = keepAlive.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot shut the shop database down", e);
    } finally {
      try {
        keepAlive.close();
      } catch (SQLException ignored) {
        // the database is gone already
      }
    }
  }
}
