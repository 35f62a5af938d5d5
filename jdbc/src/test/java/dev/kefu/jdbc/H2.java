package dev.kefu.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, migrated H2 databases for the contract suites: one private in-memory database per test. */
final class H2 {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private H2() {}

  static JdbcStorage freshStorage() {
    return freshStorage(JdbcStorage.ClaimPath.AUTO);
  }

  /**
   * A store that keeps nothing decoded: every read decodes the stored JSON, so the contract suites
   * on H2 prove the JSON keeps every aggregate whole (on PostgreSQL they run with the default cache,
   * where a read after a write may return what was written).
   */
  static JdbcStorage freshStorage(JdbcStorage.ClaimPath claimPath) {
    return JdbcStorage.builder(freshDataSource()).claimPath(claimPath).decodedAggregates(0).build().migrate();
  }

  /** A new, empty in-memory database (not migrated). */
  static DataSource freshDataSource() {
    return freshDataSources(1).get(0);
  }

  /** Several data sources on one new, empty in-memory database (not migrated), as several hosts would have. */
  static List<DataSource> freshDataSources(int hosts) {
    // DB_CLOSE_DELAY=-1: the database lives while the JVM does, not only while a connection is open
    String url = "jdbc:h2:mem:kefu-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
    List<DataSource> sources = new ArrayList<>();
    for (int host = 0; host < hosts; host++) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser("sa");
      sources.add(ds);
    }
    return sources;
  }
}
