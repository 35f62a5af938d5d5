package dev.kefu.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the databases kefu-jdbc knows. */
enum Dialect {
  POSTGRESQL("nextval('kefu_token_seq')", true),
  /**
   * H2 and others: the standard sequence expression; no SKIP LOCKED by default, since H2 2.3
   * locks every row a {@code SELECT … ORDER BY … FETCH FIRST n ROWS … FOR UPDATE} reads, not
   * only the n it returns, so a competing claimer would find nothing.
   */
  STANDARD("NEXT VALUE FOR kefu_token_seq", false);

  /** The expression of the next fencing token. */
  final String nextToken;
  final boolean skipLocked;

  Dialect(String nextToken, boolean skipLocked) {
    this.nextToken = nextToken;
    this.skipLocked = skipLocked;
  }

  /**
   * Takes {@code n} numbers from the log counter, locking its row until the transaction ends.
   *
   * @return the first of them
   */
  long take(Connection c, int n) throws SQLException {
    if (this == POSTGRESQL) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE kefu_counter SET counter_value = counter_value + ? WHERE name = 'log' RETURNING counter_value")) {
        ps.setLong(1, n);
        try (ResultSet rs = ps.executeQuery()) {
          return requireCounter(rs) - n + 1;
        }
      }
    }
    long last;
    try (PreparedStatement ps = c.prepareStatement("SELECT counter_value FROM kefu_counter WHERE name = 'log' FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      last = requireCounter(rs);
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE kefu_counter SET counter_value = ? WHERE name = 'log'")) {
      ps.setLong(1, last + n);
      ps.executeUpdate();
    }
    return last + 1;
  }

  private static long requireCounter(ResultSet rs) throws SQLException {
    if (!rs.next()) {
      throw new IllegalStateException("kefu_counter has no row 'log': call JdbcStorage.migrate() first");
    }
    return rs.getLong(1);
  }

  static Dialect of(String productName) {
    return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : STANDARD;
  }
}
