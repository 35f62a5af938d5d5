package dev.kefu.jdbc;

import java.util.List;
import javax.sql.DataSource;

/** Where a test's kefu schema lives: fresh and migrated, reached through one data source per host. */
enum Database {
  /** The production target: one schema of the test database, one pool per host. */
  POSTGRESQL {
    @Override
    List<DataSource> sources(int hosts) {
      return PostgreSql.freshDataSources(hosts, 8);
    }
  },
  /** An in-memory H2 database, one data source per host. */
  H2 {
    @Override
    List<DataSource> sources(int hosts) {
      return dev.kefu.jdbc.H2.freshDataSources(hosts);
    }
  };

  abstract List<DataSource> sources(int hosts);

  /**
   * A fresh, migrated kefu schema.
   *
   * @param hosts how many data sources reach it
   */
  List<DataSource> fresh(int hosts) {
    List<DataSource> sources = sources(hosts);
    new JdbcStorage(sources.get(0)).migrate();
    return sources;
  }

  /** A fresh, migrated kefu schema through one data source. */
  DataSource fresh() {
    return fresh(1).get(0);
  }
}
