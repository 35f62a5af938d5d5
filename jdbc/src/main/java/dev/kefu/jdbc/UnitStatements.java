package dev.kefu.jdbc;

import dev.kefu.spi.store.StaleWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statements one unit of work writes with, each with its parameters and what its row count
 * means. They run in one of three ways:
 *
 * <ul>
 *   <li><b>apart</b>, in a transaction, one round trip each; a stale part stops the rest;
 *   <li><b>together</b>, in a transaction, in one prepared statement holding them all — one round
 *       trip — where the {@link Dialect} takes that; every row count comes back;
 *   <li><b>at once</b>: together, in auto-commit mode, where the driver runs such a statement as
 *       one implicit transaction (PostgreSQL's extended protocol: everything up to one Sync). Each
 *       compare-and-set and racing insert is then guarded — if it changes no row, the guard inserts
 *       the reason into {@code kefu_abort}, whose check refuses every row, and the database rolls
 *       the whole unit back. So the unit costs one round trip, commit included.
 * </ul>
 *
 * <p>Not thread-safe: one unit, one thread.
 */
final class UnitStatements {

  /** Binds one statement's parameters, in order. */
  @FunctionalInterface
  interface Binder {
    void bind(Parameters p) throws SQLException;
  }

  /** A cursor over a prepared statement's parameters, numbered on from where the last statement stopped. */
  static final class Parameters {
    private final PreparedStatement ps;
    private int next;

    private Parameters(PreparedStatement ps) {
      this.ps = ps;
      this.next = 1;
    }

    Parameters setString(String value) throws SQLException {
      ps.setString(next++, value);
      return this;
    }

    Parameters setLong(long value) throws SQLException {
      ps.setLong(next++, value);
      return this;
    }

    Parameters setInt(int value) throws SQLException {
      ps.setInt(next++, value);
      return this;
    }

    /** A nullable BIGINT. */
    Parameters setLongOrNull(Long value) throws SQLException {
      if (value == null) {
        ps.setNull(next++, Types.BIGINT);
      } else {
        ps.setLong(next++, value);
      }
      return this;
    }

    Parameters setObject(Object value) throws SQLException {
      ps.setObject(next++, value);
      return this;
    }
  }

  /**
   * What running the statements found.
   *
   * @param stale whether a compare-and-set found another version
   * @param races the races lost by inserts of a key another transaction inserted first
   * @param counts every statement's row count (when run apart, those not run count -1)
   */
  record Outcome(boolean stale, List<StaleWrite> races, int[] counts) {
    boolean failed() {
      return stale || !races.isEmpty();
    }
  }

  private enum Kind {
    PLAIN, COMPARE_AND_SET, RACING
  }

  /**
   * @param sql the statement as run apart or together
   * @param atOnce the statement as run at once (guarded)
   * @param reason what the guard names, bound after the statement's own parameters; null if unguarded
   */
  private record Statement(Kind kind, String sql, String atOnce, Binder binder, String reason, StaleWrite race) {
  }

  private final List<Statement> statements = new ArrayList<>();

  /**
   * Adds a statement whose row count does not matter.
   *
   * @return its index in {@link Outcome#counts()}
   */
  int add(String sql, Binder binder) {
    return add(new Statement(Kind.PLAIN, sql, sql, binder, null, null));
  }

  /**
   * Adds a statement with a form of its own for running at once, one that aborts the transaction
   * itself when it must.
   *
   * @return its index in {@link Outcome#counts()}
   */
  int add(String sql, String atOnce, Binder binder) {
    return add(new Statement(Kind.PLAIN, sql, atOnce, binder, null, null));
  }

  /**
   * Adds a compare-and-set: an {@code UPDATE} or {@code DELETE} that must change exactly one row,
   * else the unit is stale.
   *
   * @param reason what a guard names when it changes none (no personal data)
   * @return its index in {@link Outcome#counts()}
   */
  int addCompareAndSet(String sql, Binder binder, String reason) {
    return add(new Statement(Kind.COMPARE_AND_SET, sql, guarded(sql), binder, reason, null));
  }

  /**
   * Adds an insert of a key another transaction may insert first: if it breaks the unique key
   * (apart), the unit lost a race on {@code race} — an expected outcome, not an error. (Together or
   * at once, such an insert must yield instead, {@code ON CONFLICT DO NOTHING}, and count no row.)
   *
   * @return its index in {@link Outcome#counts()}
   */
  int addRacing(String sql, Binder binder, StaleWrite race) {
    return add(new Statement(Kind.RACING, sql, guarded(sql), binder, "lost a race on " + race.type() + " " + race.id(), race));
  }

  private int add(Statement s) {
    statements.add(s);
    return statements.size() - 1;
  }

  /** The statement, and an insert into {@code kefu_abort} if it returns no row. */
  private static String guarded(String sql) {
    return "WITH w AS (" + sql + " RETURNING 1) INSERT INTO kefu_abort (reason) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM w)";
  }

  /**
   * Runs the statements in order on a connection already in a transaction.
   *
   * @param together send them in one round trip (the dialect takes several statements in one)
   * @return what they found; when run apart, the statements after a stale one or a lost race are not run
   * @throws SQLException as the database reports it (a unique key broken outside a race included)
   */
  Outcome run(Connection c, boolean together) throws SQLException {
    int[] counts = new int[statements.size()];
    Arrays.fill(counts, -1);
    if (together && !statements.isEmpty()) {
      return runTogether(c, counts);
    }
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      try (PreparedStatement ps = c.prepareStatement(s.sql())) {
        s.binder().bind(new Parameters(ps));
        counts[i] = ps.executeUpdate();
      } catch (SQLException e) {
        if (s.kind() == Kind.RACING && DatabaseAccess.isConstraintViolation(e)) {
          return new Outcome(false, List.of(s.race()), counts);
        }
        throw e;
      }
      if (s.kind() == Kind.COMPARE_AND_SET && counts[i] != 1) {
        return new Outcome(true, List.of(), counts);
      }
    }
    return new Outcome(false, List.of(), counts);
  }

  private Outcome runTogether(Connection c, int[] counts) throws SQLException {
    boolean stale = false;
    List<StaleWrite> races = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(joined(false))) {
      Parameters p = new Parameters(ps);
      for (Statement s : statements) {
        s.binder().bind(p);
      }
      boolean resultSet = ps.execute();
      for (int i = 0; i < counts.length; i++) {
        Statement s = statements.get(i);
        if (resultSet) {
          throw new IllegalStateException("a statement of a unit of work returned rows: " + s.sql());
        }
        counts[i] = ps.getUpdateCount();
        stale |= s.kind() == Kind.COMPARE_AND_SET && counts[i] != 1;
        if (s.kind() == Kind.RACING && counts[i] == 0) {
          races.add(s.race());
        }
        resultSet = ps.getMoreResults();
      }
    }
    return new Outcome(stale, List.copyOf(races), counts);
  }

  /**
   * Runs the statements at once, in one prepared statement on a connection in auto-commit mode
   * whose driver runs it as one implicit transaction, every compare-and-set and racing insert
   * guarded. Returns if the unit was committed whole.
   *
   * @throws SQLException if it was not: a guard's check violation (state 23514, on
   *     {@code kefu_abort}) if a part was stale or a race lost, else as the database or driver
   *     reports it
   */
  void runAtOnce(Connection c) throws SQLException {
    if (statements.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(joined(true))) {
      Parameters p = new Parameters(ps);
      for (Statement s : statements) {
        s.binder().bind(p);
        if (s.reason() != null) {
          p.setString(s.reason());
        }
      }
      ps.execute();
    }
  }

  private String joined(boolean atOnce) {
    StringBuilder sql = new StringBuilder();
    for (Statement s : statements) {
      if (!sql.isEmpty()) {
        sql.append(";\n");
      }
      sql.append(atOnce ? s.atOnce() : s.sql());
    }
    return sql.toString();
  }
}
