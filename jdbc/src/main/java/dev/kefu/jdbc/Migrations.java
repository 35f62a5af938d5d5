package dev.kefu.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kefu-jdbc's schema migrations: SQL scripts shipped as resources under {@code migration/}, each
 * applied once, in version order, and recorded in {@code kefu_schema}. A migration may have an
 * addendum for one database, next to it and named after the dialect ({@code
 * V1__kefu_tables.postgresql.sql}): run after the portable script, in the same transaction, on
 * that database only — for what standard SQL cannot say, such as storage parameters.
 *
 * <p>Each migration runs in one transaction that first records its version: on a database with
 * transactional DDL (PostgreSQL) a failed migration leaves nothing behind, and of several instances
 * starting at once exactly one applies it; the others wait on the version's row and then find it
 * applied. A database whose recorded version is newer than this library knows is refused, so an
 * old instance never writes to a schema it does not understand.
 */
final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  /** One script: its version, its description and its resource. */
  record Migration(int version, String description, String resource) {
    Migration {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(resource, "resource");
    }
  }

  /** Every migration this library ships, in version order; a new one is added at the end, never edited. */
  static final List<Migration> ALL = List.of(
      new Migration(1, "kefu tables", "migration/V1__kefu_tables.sql"));

  private Migrations() {}

  /** The latest version this library knows. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /**
   * Applies the migrations the database lacks.
   *
   * @param dataSource the database
   * @param migrations the migrations to bring it to, in version order
   * @return the versions applied now, in order
   */
  static List<Integer> apply(DataSource dataSource, List<Migration> migrations) throws SQLException {
    createSchemaTable(dataSource);
    int known = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    int current = currentVersion(dataSource);
    if (current > known) {
      throw new IllegalStateException("the database's kefu schema is at version " + current
          + ", newer than this kefu-jdbc knows (" + known + "): upgrade kefu-jdbc before starting this instance");
    }
    List<Integer> applied = new ArrayList<>();
    for (Migration m : migrations) {
      if (m.version() > current && applyOne(dataSource, m)) {
        applied.add(m.version());
      }
    }
    return applied;
  }

  /** The highest version recorded, 0 for a database kefu has never used. */
  static int currentVersion(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (!tableExists(c)) {
        return 0;
      }
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM kefu_schema");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void createSchemaTable(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (tableExists(c)) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement("CREATE TABLE IF NOT EXISTS kefu_schema (version INT PRIMARY KEY,"
          + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)")) {
        ps.execute();
      } catch (SQLException e) {
        // two instances created it at once (PostgreSQL reports a unique violation in its catalogue)
        if (!tableExists(c)) {
          throw e;
        }
      }
    }
  }

  private static boolean tableExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kefu_schema WHERE 1 = 0")) {
      ps.executeQuery().close();
      return true;
    } catch (SQLException e) {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return false;
    }
  }

  /** Applies one migration in one transaction; false if another instance applied it meanwhile. */
  private static boolean applyOne(DataSource dataSource, Migration m) throws SQLException {
    List<String> statements = new ArrayList<>(statements(m.resource()));
    try (Connection c = dataSource.getConnection()) {
      String addendum = addendum(m.resource(), Dialect.of(c.getMetaData().getDatabaseProductName()));
      if (Migrations.class.getResource(addendum) != null) {
        statements.addAll(statements(addendum));
      }
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kefu_schema (version, description) VALUES (?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.executeUpdate();
        } catch (SQLException e) {
          if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            c.rollback();
            return false; // another instance applied this version while we waited on its row
          }
          throw e;
        }
        for (String sql : statements) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
          }
        }
        c.commit();
        LOG.info("kefu-jdbc applied schema migration {} ({})", m.version(), m.description());
        return true;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
    }
  }

  /** The resource of a migration's addendum for a dialect: {@code V1__x.sql} → {@code V1__x.postgresql.sql}. */
  static String addendum(String resource, Dialect dialect) {
    return resource.replaceFirst("\\.sql$", "." + dialect.name().toLowerCase(java.util.Locale.ROOT) + ".sql");
  }

  /** A script's statements: comment lines dropped, split at a semicolon that ends a line. */
  static List<String> statements(String resource) {
    String script;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("kefu-jdbc is missing its resource " + resource);
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder stripped = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        stripped.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String sql : stripped.toString().split(";\\s*\n")) {
      if (!sql.isBlank()) {
        statements.add(sql.strip());
      }
    }
    return statements;
  }
}
