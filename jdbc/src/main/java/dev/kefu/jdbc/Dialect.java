package dev.kefu.jdbc;

import java.util.Locale;

/** What differs between the databases kefu-jdbc knows. */
enum Dialect {
  /**
   * PostgreSQL: SKIP LOCKED; {@code INSERT … ON CONFLICT DO UPDATE}; several statements with their
   * parameters in one prepared statement, sent in one round trip (PgJDBC's extended protocol).
   */
  POSTGRESQL("nextval('kefu_token_seq')", true, true, true),
  /**
   * H2 and others: the standard sequence expression; no SKIP LOCKED by default, since H2 2.3
   * locks every row a {@code SELECT … ORDER BY … FETCH FIRST n ROWS … FOR UPDATE} reads, not
   * only the n it returns, so a competing claimer would find nothing.
   */
  STANDARD("NEXT VALUE FOR kefu_token_seq", false, false, false);

  /** The expression of the next fencing token. */
  final String nextToken;
  final boolean skipLocked;
  /** Whether {@code INSERT … ON CONFLICT (key) DO UPDATE} (an upsert that waits for a competing insert) is understood. */
  final boolean upsert;
  /** Whether one prepared statement may hold several statements, run in order in one round trip. */
  final boolean statementsTogether;

  Dialect(String nextToken, boolean skipLocked, boolean upsert, boolean statementsTogether) {
    this.nextToken = nextToken;
    this.skipLocked = skipLocked;
    this.upsert = upsert;
    this.statementsTogether = statementsTogether;
  }

  static Dialect of(String productName) {
    return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : STANDARD;
  }
}
