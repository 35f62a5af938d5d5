package dev.kefu.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of kefu's tables, read straight from the database, so a fault test can say what a
 * failed commit left behind. The token sequence is not a table and is left out: a rolled-back
 * transaction may use up numbers of it, which is harmless.
 */
final class Tables {

  /** Each table with the key its rows are ordered by. */
  private static final Map<String, String> TABLES = Map.of(
      "kefu_customer", "id",
      "kefu_ticket", "id",
      "kefu_aggregate", "aggregate_type, aggregate_id",
      "kefu_counter", "name",
      "kefu_event", "position",
      "kefu_inbound_key", "request_key",
      "kefu_outbox", "sequence",
      "kefu_due", "work_key");

  private Tables() {}

  /** Each table's rows in key order, each row as its column values. */
  static Map<String, List<Map<String, String>>> read(DataSource database) {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES.keySet().stream().sorted().toList()) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + TABLES.get(table))) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
            }
            rows.add(row);
          }
        }
        tables.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read kefu's tables", e);
    }
    return tables;
  }

  /**
   * What changed between two readings, per table: how many rows were added, removed and changed
   * (matched by key), as {@code "+a -r ~c"}; tables that did not change are left out.
   */
  static Map<String, String> changes(Map<String, List<Map<String, String>>> before, Map<String, List<Map<String, String>>> after) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (String table : before.keySet()) {
      Map<List<String>, Map<String, String>> was = byKey(table, before.get(table));
      Map<List<String>, Map<String, String>> is = byKey(table, after.get(table));
      long added = is.keySet().stream().filter(k -> !was.containsKey(k)).count();
      long removed = was.keySet().stream().filter(k -> !is.containsKey(k)).count();
      long changed = is.keySet().stream().filter(k -> was.containsKey(k) && !was.get(k).equals(is.get(k))).count();
      if (added + removed + changed > 0) {
        changes.put(table, "+" + added + " -" + removed + " ~" + changed);
      }
    }
    return changes;
  }

  private static Map<List<String>, Map<String, String>> byKey(String table, List<Map<String, String>> rows) {
    List<String> keyColumns = List.of(TABLES.get(table).split(", "));
    Map<List<String>, Map<String, String>> out = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      out.put(keyColumns.stream().map(row::get).toList(), row);
    }
    return out;
  }
}
