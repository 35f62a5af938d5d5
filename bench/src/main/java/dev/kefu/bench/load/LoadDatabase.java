package dev.kefu.bench.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fresh PostgreSQL database for one run, dropped when closed, and a connection pool per
 * instance, as each host would have its own.
 *
 * <p>The server is named by {@value #URL_VARIABLE}, a JDBC URL with its user; without it, the
 * server {@code .ci/postgres} starts ({@value #DEFAULT_URL}).
 */
final class LoadDatabase implements AutoCloseable {

  static final String URL_VARIABLE = "KEFU_PG_URL";
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:54329/postgres?user=kefu";

  private final String server;
  private final String name;
  private final String url;
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final boolean keep;

  private LoadDatabase(String server, String name, boolean keep) {
    this.server = server;
    this.name = name;
    this.url = withDatabase(server, name);
    this.keep = keep;
  }

  /** @return the server's URL: {@value #URL_VARIABLE}, or the default */
  static String serverUrl() {
    String named = System.getenv(URL_VARIABLE);
    return named == null || named.isBlank() ? DEFAULT_URL : named;
  }

  /** @return whether a server answers at the URL */
  static boolean answers(String url) {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Creates a fresh database on the server.
   *
   * @param keep true to leave it behind when closed (to look at it afterwards)
   */
  static LoadDatabase create(String server, boolean keep) throws SQLException {
    String name = "kefu_load_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new LoadDatabase(server, name, keep);
  }

  String name() {
    return name;
  }

  /** @return the server's version, for the report */
  String serverVersion() throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** A new pool on the database, for one instance. */
  DataSource pool(String poolName, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setPoolName(poolName);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  @Override
  public void close() {
    pools.forEach(HikariDataSource::close);
    pools.clear();
    if (keep) {
      System.out.println("kept database " + name);
      return;
    }
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("could not drop database " + name + ": " + e.getMessage());
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
