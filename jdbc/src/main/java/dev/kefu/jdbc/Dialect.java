package dev.kefu.jdbc;

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

  static Dialect of(String productName) {
    return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : STANDARD;
  }
}
