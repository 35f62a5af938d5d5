package dev.kefu.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, migrated H2 databases for the contract suites: one private in-memory database per test. */
final class H2 {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private H2() {}

  static JdbcStorage freshStorage() {
    return freshStorage(JdbcStorage.ClaimPath.AUTO);
  }

  static JdbcStorage freshStorage(JdbcStorage.ClaimPath claimPath) {
    JdbcDataSource ds = new JdbcDataSource();
    // DB_CLOSE_DELAY=-1: the database lives while the JVM does, not only while a connection is open
    ds.setURL("jdbc:h2:mem:kefu-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
    ds.setUser("sa");
    return new JdbcStorage(ds, claimPath).migrate();
  }
}
