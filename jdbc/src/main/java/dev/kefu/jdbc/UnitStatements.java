package dev.kefu.jdbc;

import dev.kefu.spi.store.StaleWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements one unit of work writes with, each with its parameters and what its row count
 * means, run in one transaction: one at a time, or — where the {@link Dialect} takes several
 * statements in one prepared statement — sent together in a single round trip. Together they cost
 * one round trip instead of one each; apart, a statement may stop the unit early.
 *
 * <p>Not thread-safe: one unit, one thread.
 */
final class UnitStatements {

  /** Binds one statement's parameters, in order. */
  @FunctionalInterface
  interface Binder {
    void bind(Parameters p) throws SQLException;
  }

  /** What a statement's row count must be. */
  enum Expect {
    /** Any count. */
    ANY,
    /** A compare-and-set: exactly one row, else the unit is stale. */
    ONE_ROW
  }

  /** A cursor over a prepared statement's parameters, numbered on from where the last statement stopped. */
  static final class Parameters {
    private final PreparedStatement ps;
    private int next;

    private Parameters(PreparedStatement ps, int first) {
      this.ps = ps;
      this.next = first;
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
   * @param races the races lost by statements that insert a key another transaction inserted first
   * @param counts every statement's row count (when run apart, those after a stale one count -1)
   */
  record Outcome(boolean stale, List<StaleWrite> races, int[] counts) {
    boolean failed() {
      return stale || !races.isEmpty();
    }
  }

  private record Statement(String sql, Binder binder, Expect expect, StaleWrite race) {
  }

  private final List<Statement> statements = new ArrayList<>();

  /**
   * Adds a statement.
   *
   * @param sql one statement, with {@code ?} placeholders
   * @param binder binds its parameters
   * @param expect what its row count must be
   * @return the statement's index in {@link Outcome#counts()}
   */
  int add(String sql, Binder binder, Expect expect) {
    return add(sql, binder, expect, null);
  }

  /**
   * Adds an insert of a key another transaction may insert first: if its unique key is broken
   * (run apart), or it inserts no row (together, as {@code ON CONFLICT DO NOTHING}), the unit lost
   * a race on {@code race} — an expected outcome, not an error.
   *
   * @return the statement's index in {@link Outcome#counts()}
   */
  int addRacing(String sql, Binder binder, StaleWrite race) {
    statements.add(new Statement(sql, binder, Expect.ANY, race));
    return statements.size() - 1;
  }

  private int add(String sql, Binder binder, Expect expect, StaleWrite race) {
    statements.add(new Statement(sql, binder, expect, race));
    return statements.size() - 1;
  }

  boolean isEmpty() {
    return statements.isEmpty();
  }

  /**
   * Runs the statements in order on a connection already in a transaction.
   *
   * @param together send them in one round trip (the dialect takes multi-statement prepared statements)
   * @return what they found; when run apart, the statements after a stale one or a lost race are not run
   * @throws SQLException as the database reports it (a unique-key violation outside a race included)
   */
  Outcome run(Connection c, boolean together) throws SQLException {
    int[] counts = new int[statements.size()];
    java.util.Arrays.fill(counts, -1);
    if (statements.isEmpty()) {
      return new Outcome(false, List.of(), counts);
    }
    if (together) {
      return runTogether(c, counts);
    }
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      try (PreparedStatement ps = c.prepareStatement(s.sql())) {
        s.binder().bind(new Parameters(ps, 1));
        counts[i] = ps.executeUpdate();
      } catch (SQLException e) {
        if (s.race() != null && DatabaseAccess.isConstraintViolation(e)) {
          return new Outcome(false, List.of(s.race()), counts);
        }
        throw e;
      }
      if (s.expect() == Expect.ONE_ROW && counts[i] != 1) {
        return new Outcome(true, List.of(), counts);
      }
    }
    return new Outcome(false, List.of(), counts);
  }

  private Outcome runTogether(Connection c, int[] counts) throws SQLException {
    StringBuilder sql = new StringBuilder();
    for (Statement s : statements) {
      if (!sql.isEmpty()) {
        sql.append(";\n");
      }
      sql.append(s.sql());
    }
    boolean stale = false;
    List<StaleWrite> races = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      Parameters p = new Parameters(ps, 1);
      for (Statement s : statements) {
        s.binder().bind(p);
      }
      boolean resultSet = ps.execute();
      for (int i = 0; i < counts.length; i++) {
        if (resultSet) {
          throw new IllegalStateException("a statement of a unit of work returned rows: " + statements.get(i).sql());
        }
        counts[i] = ps.getUpdateCount();
        Statement s = statements.get(i);
        if (s.expect() == Expect.ONE_ROW && counts[i] != 1) {
          stale = true;
        }
        if (s.race() != null && counts[i] == 0) {
          races.add(s.race());
        }
        resultSet = ps.getMoreResults();
      }
    }
    return new Outcome(stale, List.copyOf(races), counts);
  }
}
