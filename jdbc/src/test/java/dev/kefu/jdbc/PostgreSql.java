package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, migrated PostgreSQL schemas for the tests: one database per test JVM (dropped when the JVM
 * ends), one schema per storage, each behind a small pool.
 *
 * <p>The server is named by the environment variable {@value #URL_VARIABLE}, a JDBC URL with its
 * user; without it, the server {@code .ci/postgres} starts ({@value #DEFAULT_URL}). Under
 * {@code CI=true} a missing server fails the tests; elsewhere they are skipped with that message.
 */
final class PostgreSql {

  static final String URL_VARIABLE = "KEFU_PG_URL";
  /** Where {@code .ci/postgres} starts its server. */
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:54329/postgres?user=kefu";
  /** Pools kept open: the current tests' (a test may open a few), older ones are closed. */
  private static final int OPEN_POOLS = 6;

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final Deque<HikariDataSource> POOLS = new ArrayDeque<>();
  private static String databaseUrl;

  private PostgreSql() {}

  /** A fresh, migrated store on its own schema, claiming along the database's own path. */
  static JdbcStorage freshStorage() {
    return freshStorage(JdbcStorage.ClaimPath.AUTO);
  }

  static JdbcStorage freshStorage(JdbcStorage.ClaimPath claimPath) {
    return new JdbcStorage(freshDataSource(), claimPath).migrate();
  }

  /** A pooled data source on a new, empty schema of the test database. */
  static synchronized DataSource freshDataSource() {
    return freshDataSource(8);
  }

  static synchronized DataSource freshDataSource(int poolSize) {
    return freshDataSources(1, poolSize).get(0);
  }

  /**
   * Several pools on one new, empty schema, as several hosts sharing the database would have.
   *
   * @param hosts how many pools, at most {@value #OPEN_POOLS}
   * @param poolSize the connections of each
   */
  static synchronized List<DataSource> freshDataSources(int hosts, int poolSize) {
    return freshDataSources(hosts, poolSize, Map.of());
  }

  /**
   * As {@link #freshDataSources(int, int)}, the driver configured with properties of its own.
   *
   * @param driverProperties PgJDBC's properties, such as {@code preferQueryMode}
   */
  static synchronized List<DataSource> freshDataSources(int hosts, int poolSize, Map<String, String> driverProperties) {
    if (hosts < 1 || hosts > OPEN_POOLS) {
      throw new IllegalArgumentException("hosts must be 1 to " + OPEN_POOLS + ", was " + hosts);
    }
    String schema = "kefu_" + SCHEMAS.incrementAndGet();
    String url = databaseUrl();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    List<DataSource> pools = new ArrayList<>();
    for (int host = 0; host < hosts; host++) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setSchema(schema);
      config.setMaximumPoolSize(poolSize);
      config.setMinimumIdle(0);
      config.setPoolName(hosts == 1 ? schema : schema + "-" + host);
      driverProperties.forEach(config::addDataSourceProperty);
      HikariDataSource pool = new HikariDataSource(config);
      POOLS.addLast(pool);
      pools.add(pool);
    }
    while (POOLS.size() > OPEN_POOLS) {
      POOLS.removeFirst().close();
    }
    return pools;
  }

  /** The URL of this JVM's own test database, created on first use. */
  private static String databaseUrl() {
    if (databaseUrl != null) {
      return databaseUrl;
    }
    String named = System.getenv(URL_VARIABLE);
    String server = named == null || named.isBlank() ? DEFAULT_URL : named;
    if (server.equals(DEFAULT_URL)) {
      if (!answers(server)) {
        String why = "no PostgreSQL server: " + URL_VARIABLE + " is not set and none answers at " + DEFAULT_URL
            + "; start one with .ci/postgres";
        if ("true".equals(System.getenv("CI"))) {
          fail("CI=true but " + why);
        }
        Assumptions.abort(why);
      }
    }
    String database = "kefu_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the test database on " + server, e);
    }
    databaseUrl = withDatabase(server, database);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, database), "drop " + database));
    return databaseUrl;
  }

  private static boolean answers(String url) {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void drop(String server, String database) {
    synchronized (PostgreSql.class) {
      POOLS.forEach(HikariDataSource::close);
      POOLS.clear();
    }
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop test database " + database + ": " + e.getMessage());
    }
  }

  /** The server URL with its database path replaced. */
  static String withDatabase(String serverUrl, String database) {
    int hostStart = serverUrl.indexOf("//") + 2;
    int slash = serverUrl.indexOf('/', hostStart);
    int query = serverUrl.indexOf('?');
    String head = slash < 0 ? (query < 0 ? serverUrl : serverUrl.substring(0, query)) : serverUrl.substring(0, slash);
    String tail = query < 0 ? "" : serverUrl.substring(query);
    return head + "/" + database + tail;
  }
}
