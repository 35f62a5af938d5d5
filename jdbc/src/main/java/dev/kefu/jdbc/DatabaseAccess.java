package dev.kefu.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * kefu-jdbc's way into the host's database: a connection per call, one transaction per unit of
 * work or claim, the database's {@link Dialect} found on first use, fencing tokens from its
 * sequence, and the claim path in force. Thread-safe.
 */
final class DatabaseAccess {

  /** Work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final JdbcStorage.ClaimPath claimPath;
  private volatile Dialect dialect;
  /** Whether the driver runs several statements in one prepared statement as one transaction; null until probed. */
  private volatile Boolean atOnce;

  DatabaseAccess(DataSource dataSource, JdbcStorage.ClaimPath claimPath) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.claimPath = Objects.requireNonNull(claimPath, "claimPath");
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
  <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("database call failed", e);
    }
  }

  /** Runs writes on their own connection, each statement committed as it runs (no transaction round trips). */
  <T> T write(Work<T> work) {
    return autoCommitted(work, "database write failed");
  }

  /** Runs a read on its own connection. */
  <T> T read(Work<T> work) {
    return autoCommitted(work, "database read failed");
  }

  private <T> T autoCommitted(Work<T> work, String failure) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new JdbcStoreException(failure, e);
    }
  }

  /** A fencing token from the database's sequence: unique in the store, across instances, never 0. */
  long newToken(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + dialect(c).nextToken); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code n} fencing tokens: on PostgreSQL in one round trip, elsewhere one at a time. */
  List<Long> newTokens(Connection c, int n) throws SQLException {
    List<Long> tokens = new ArrayList<>(n);
    if (n > 0 && dialect(c) == Dialect.POSTGRESQL) {
      try (PreparedStatement ps = c.prepareStatement("SELECT nextval('kefu_token_seq') FROM generate_series(1, ?)")) {
        ps.setInt(1, n);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            tokens.add(rs.getLong(1));
          }
        }
      }
      return tokens;
    }
    for (int i = 0; i < n; i++) {
      tokens.add(newToken(c));
    }
    return tokens;
  }

  /**
   * Whether a unit of work's statements may run at once: in one prepared statement, in auto-commit
   * mode, as one implicit transaction. PostgreSQL's extended query protocol runs everything up to
   * a Sync so (PgJDBC's default); its simple protocol ({@code preferQueryMode=simple}) commits
   * statement by statement. Found out once, on first use, by a probe that leaves nothing behind:
   * a counter row inserted in front of a statement that fails must not be there afterwards.
   */
  boolean runsStatementsAtOnce(Connection c) throws SQLException {
    Boolean known = atOnce;
    if (known != null) {
      return known;
    }
    boolean result = dialect(c).statementsTogether && probeAtOnce(c);
    atOnce = result;
    return result;
  }

  private static boolean probeAtOnce(Connection c) throws SQLException {
    String name = "probe-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO kefu_counter (name, counter_value) VALUES (?, 0);\n"
          + "INSERT INTO kefu_abort (reason) VALUES ('probe: may statements run at once?')")) {
        ps.setString(1, name);
        ps.execute();
        throw new IllegalStateException("kefu_abort took a row: its check constraint is missing");
      } catch (SQLException e) {
        if (!isConstraintViolation(e)) {
          throw e;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM kefu_counter WHERE name = ?")) {
        ps.setString(1, name);
        return ps.executeUpdate() == 0; // the insert in front was rolled back with the failing statement
      }
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  Dialect dialect(Connection c) throws SQLException {
    Dialect d = dialect;
    if (d == null) {
      d = Dialect.of(c.getMetaData().getDatabaseProductName());
      dialect = d;
    }
    return d;
  }

  /** The database's dialect, found on first use (on a connection of its own if not yet known). */
  Dialect dialect() {
    Dialect d = dialect;
    return d != null ? d : read(this::dialect);
  }

  /**
   * Whether a claim may be one statement in auto-commit mode — {@code UPDATE … WHERE ctid = ANY(ARRAY(SELECT … FOR
   * UPDATE SKIP LOCKED)) RETURNING …} — one round trip: on PostgreSQL, claiming with SKIP LOCKED.
   */
  boolean claimsInOneStatement() {
    Dialect d = dialect();
    return d == Dialect.POSTGRESQL && skipLocked(d);
  }

  /** Whether claims lock their candidates with {@code FOR UPDATE SKIP LOCKED}. */
  boolean skipLocked(Connection c) throws SQLException {
    return skipLocked(dialect(c));
  }

  private boolean skipLocked(Dialect d) {
    return switch (claimPath) {
      case SKIP_LOCKED -> true;
      case PORTABLE -> false;
      case AUTO -> d.skipLocked;
    };
  }

  static boolean isConstraintViolation(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }

  /** Whether the connection failed (SQL state class 08): the database may or may not have done the work. */
  static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return state == null || state.startsWith("08");
  }

  static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
