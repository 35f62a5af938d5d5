package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** kefu-jdbc's migrations: each applied once, in order, recorded; a newer database refused; a failed one undone on PostgreSQL. */
class MigrationsTest {

  private static final List<Migrations.Migration> WITH_V2 = List.of(Migrations.ALL.get(0),
      new Migrations.Migration(2, "parcels", "test-migration/V2__parcels.sql"));
  private static final List<Migrations.Migration> WITH_BROKEN_V2 = List.of(Migrations.ALL.get(0),
      new Migrations.Migration(2, "broken", "test-migration/V2__broken.sql"));

  @Test
  void aNewDatabaseIsBroughtToTheLatestVersionAndAgainChangesNothing() throws SQLException {
    for (DataSource ds : List.of(h2(), PostgreSql.freshDataSource())) {
      JdbcStorage storage = new JdbcStorage(ds);
      assertThat(storage.schemaVersion()).isZero();

      storage.migrate();
      assertThat(storage.schemaVersion()).isEqualTo(Migrations.latest());
      insertCounterProbe(ds);
      storage.migrate();

      assertThat(recordedVersions(ds)).containsExactly(1);
      assertThat(count(ds, "SELECT COUNT(*) FROM kefu_counter WHERE name = 'probe'")).isEqualTo(1);
    }
  }

  @Test
  void aDialectsAddendumRunsWithItsMigrationOnThatDatabaseOnly() throws SQLException {
    assertThat(Migrations.addendum("migration/V1__kefu_tables.sql", Dialect.POSTGRESQL))
        .isEqualTo("migration/V1__kefu_tables.postgresql.sql");
    DataSource pg = PostgreSql.freshDataSource();
    new JdbcStorage(pg).migrate();
    java.util.Map<String, String> options = pairs(pg, "SELECT relname, array_to_string(reloptions, ',') FROM pg_class"
        + " WHERE relnamespace = current_schema()::regnamespace AND relname IN ('kefu_outbox', 'kefu_due', 'kefu_ticket', 'kefu_event')");
    assertThat(options).containsEntry("kefu_outbox", "fillfactor=60").containsEntry("kefu_due", "fillfactor=60")
        .containsEntry("kefu_ticket", "fillfactor=80").containsEntry("kefu_event", "null");
    java.util.Map<String, String> indexes = pairs(pg, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        + " AND indexname IN ('kefu_outbox_queue', 'kefu_outbox_partition', 'kefu_aggregate_at', 'kefu_aggregate_ref')");
    assertThat(indexes.get("kefu_outbox_queue")).endsWith("WHERE ((status)::text = 'PENDING'::text)");
    assertThat(indexes.get("kefu_outbox_partition")).endsWith("WHERE ((status)::text = 'PENDING'::text)");
    assertThat(indexes.get("kefu_aggregate_at")).endsWith("WHERE (at_ns IS NOT NULL)");
    assertThat(indexes.get("kefu_aggregate_ref")).doesNotContain("WHERE");
    // H2 has no such addendum and takes the portable script alone
    assertThat(Migrations.class.getResource(Migrations.addendum("migration/V1__kefu_tables.sql", Dialect.STANDARD))).isNull();
    assertThat(new JdbcStorage(h2()).migrate().schemaVersion()).isEqualTo(Migrations.latest());
  }

  @Test
  void onANewDatabaseGenericPlansTakeTheIndexMadeForTheirLookUp() throws SQLException {
    // no statistics yet: PostgreSQL costs every index whose leading column a query names alike and
    // keeps the one it considered first; each look-up below must still take the index made for it
    DataSource pg = PostgreSql.freshDataSource();
    new JdbcStorage(pg).migrate();
    try (Connection c = pg.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("SET plan_cache_mode = force_generic_plan");
      assertThat(genericPlan(s, "(varchar, varchar, bigint) AS UPDATE kefu_aggregate SET body = 'x'"
          + " WHERE aggregate_type = $1 AND aggregate_id = $2 AND version = $3", "('sla-clock', 'c-1', 1)"))
          .as("a document's compare-and-set").contains("kefu_aggregate_pkey");
      assertThat(genericPlan(s, "(varchar, varchar) AS SELECT aggregate_type, aggregate_id, version, body"
          + " FROM kefu_aggregate WHERE aggregate_type = $1 AND ref_id = $2", "('sla-clock', 't-1')"))
          .as("the clocks of a ticket").contains("kefu_aggregate_ref ");
      assertThat(genericPlan(s, "(varchar, bigint, bigint) AS SELECT 1 FROM kefu_outbox e WHERE e.partition_key = $1"
          + " AND e.status = 'PENDING' AND e.sequence >= $2 AND e.sequence < $3", "('customer/c-1', 1, 100)"))
          .as("is an older message of this partition pending?").contains("kefu_outbox_partition ");
      assertThat(genericPlan(s, "(varchar, bigint) AS SELECT e.id FROM kefu_outbox e WHERE e.partition_key = $1"
          + " AND e.status = 'PENDING' AND e.sequence >= $2 ORDER BY e.sequence FETCH FIRST 1 ROWS ONLY", "('customer/c-1', 1)"))
          .as("the first pending message of a partition").contains("Index Scan using kefu_outbox_partition ");
      // the claim's and the marks' statements over arrays go to each message by its address once
      // the table is more than a few pages (still no statistics: a new database under load before
      // autovacuum first analyses it); on an empty table a sequential scan is cheaper, and taken
      s.execute("INSERT INTO kefu_outbox SELECT g, gen_random_uuid(), 'customer/c-' || (g % 500),"
          + " CASE WHEN g <= 4500 THEN 'DELIVERED' ELSE 'PENDING' END, 0, 0, NULL, g, NULL, NULL, 0, repeat('x', 300)"
          + " FROM generate_series(1, 5000) g");
      // the heads of a claim: a plain index scan of the partition's index, which marks the entries
      // of delivered messages dead as it passes them (an index-only scan does not, and went to the
      // table for each of them at every claim until autovacuum came by)
      String heads = genericPlan(s, "(bigint, bigint, bigint, bigint, int) AS " + numbered(JdbcOutbox.HEADS), "(1, 5, 5, 1, 10)");
      assertThat(heads).as("the heads of a claim").doesNotContain("Index Only Scan").doesNotContain("Seq Scan")
          .contains("Index Cond: (((partition_key)::text = (o.partition_key)::text) AND (sequence >= $4))");
      String window = genericPlan(s, "(bigint, bigint, bigint, int, varchar, bigint) AS " + numbered(JdbcOutbox.HEADS_BY_WINDOW)
          + " FOR UPDATE SKIP LOCKED", "(1, 5, 5, 10, 'PENDING', 5)");
      assertThat(window).as("the heads of a claim in one pass").doesNotContain("Seq Scan").contains("WindowAgg")
          .contains("Tid Scan on kefu_outbox o").doesNotContain("SubPlan");
      // a due-work claim: the due items through the due-time index, the update by address
      s.execute("INSERT INTO kefu_due (work_key, kind, due_at_ns, attributes, token) SELECT 'k-' || g, 'sla', g * 1000, '{}', g"
          + " FROM generate_series(1, 5000) g");
      String due = genericPlan(s, "(varchar, bigint, bigint, bigint, int) AS " + numbered(JdbcDueWork.CLAIM), "('a', 9, 5, 5, 10)");
      assertThat(due).as("a due-work claim").contains("Tid Scan on kefu_due").contains("Index Scan using kefu_due_at")
          .doesNotContain("Seq Scan");
      String uuids = "'{00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002}'";
      String marks = genericPlan(s, "(bigint, bigint[], bigint[], uuid[], bigint[], varchar[], bigint[], uuid[], bigint[], bigint[],"
          + " bigint[], varchar) AS " + numbered(JdbcOutbox.DELIVER_TOGETHER),
          "(1, '{7,8}', '{1,2}', " + uuids + ", '{1,2}', '{customer/c-1}', '{1,2}', " + uuids + ", '{1,2}', '{7,8}', '{1,2}', 'PENDING')");
      assertThat(marks).as("marks together, by address").doesNotContain("Seq Scan").contains("Tid Scan on kefu_outbox o")
          .contains("Index Cond: (sequence = m.s)")
          .contains("Index Scan using kefu_outbox_partition on kefu_outbox e")
          .contains("Index Cond: (((partition_key)::text = (k.p)::text) AND (sequence >= $1))");
      String claims = genericPlan(s, "(varchar, bigint, bigint[], bigint[], bigint[], varchar, bigint, bigint, varchar, bigint[],"
          + " varchar, bigint, bigint[], bigint[], bigint[], varchar, bigint[], bigint[]) AS " + numbered(JdbcOutbox.CLAIM_TOGETHER),
          "('a', 9, '{1}', '{0}', '{1}', 'PENDING', 5, 5, 'PENDING', '{2}', 'a', 9, '{2}', '{0}', '{2}', 'PENDING', '{1}', '{2}')");
      assertThat(claims).as("a claim's updates together, by address").doesNotContain("Seq Scan")
          .contains("Tid Scan on kefu_outbox o  (").contains("Tid Scan on kefu_outbox o_1").contains("Tid Scan on kefu_outbox o_2")
          .contains("Index Cond: (sequence = m.s)")
          .contains("Index Cond: (((partition_key)::text = (h_1.partition_key)::text) AND (sequence > h_1.sequence))");
    }
  }

  /** The rows of a query of two text columns, as a map from the first to the second ("null" for SQL null). */
  private static java.util.Map<String, String> pairs(DataSource ds, String sql) throws SQLException {
    java.util.Map<String, String> pairs = new java.util.TreeMap<>();
    try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(sql);
        java.sql.ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        pairs.put(rs.getString(1), String.valueOf(rs.getString(2)));
      }
    }
    return pairs;
  }

  /** A JDBC statement's {@code ?} numbered as {@code $1, $2, …}, to prepare it in SQL. */
  private static String numbered(String sql) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      out.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
    }
    return out.toString();
  }

  private static String genericPlan(java.sql.Statement s, String prepared, String arguments) throws SQLException {
    s.execute("DEALLOCATE ALL");
    s.execute("PREPARE q" + prepared);
    StringBuilder plan = new StringBuilder();
    try (java.sql.ResultSet rs = s.executeQuery("EXPLAIN EXECUTE q" + arguments)) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  @Test
  void aLaterMigrationIsAppliedOnceOnTopOfTheFirst() throws SQLException {
    DataSource ds = PostgreSql.freshDataSource();
    assertThat(Migrations.apply(ds, Migrations.ALL)).containsExactly(1);

    assertThat(Migrations.apply(ds, WITH_V2)).containsExactly(2);
    assertThat(Migrations.apply(ds, WITH_V2)).isEmpty();

    assertThat(recordedVersions(ds)).containsExactly(1, 2);
    assertThat(count(ds, "SELECT COUNT(*) FROM test_parcel")).isZero();
    assertThat(count(ds, "SELECT COUNT(test_weight) FROM kefu_ticket")).isZero();
  }

  @Test
  void instancesStartingAtOnceApplyEachMigrationExactlyOnce() throws Exception {
    DataSource ds = PostgreSql.freshDataSource(12);
    int instances = 6;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Integer>>> applied = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        Callable<List<Integer>> migrate = () -> {
          start.await();
          return Migrations.apply(ds, WITH_V2);
        };
        applied.add(pool.submit(migrate));
      }
      start.countDown();
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> f : applied) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(all).containsExactlyInAnyOrder(1, 2);
    } finally {
      pool.shutdownNow();
    }
    assertThat(recordedVersions(ds)).containsExactly(1, 2);
  }

  @Test
  void aDatabaseNewerThanThisLibraryIsRefusedAndLeftAlone() throws SQLException {
    DataSource ds = PostgreSql.freshDataSource();
    Migrations.apply(ds, WITH_V2);

    assertThatThrownBy(() -> Migrations.apply(ds, Migrations.ALL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 2").hasMessageContaining("knows (1)");
    assertThat(recordedVersions(ds)).containsExactly(1, 2);
  }

  @Test
  void aMigrationThatFailsHalfWayLeavesNothingBehindOnPostgreSql() throws SQLException {
    DataSource ds = PostgreSql.freshDataSource();
    Migrations.apply(ds, Migrations.ALL);

    assertThatThrownBy(() -> Migrations.apply(ds, WITH_BROKEN_V2)).isInstanceOf(SQLException.class);

    assertThat(recordedVersions(ds)).containsExactly(1);
    assertThat(count(ds, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'test_half'")).isZero();
  }

  private static List<Integer> recordedVersions(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT version FROM kefu_schema ORDER BY version");
        ResultSet rs = ps.executeQuery()) {
      List<Integer> versions = new ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
      return versions;
    }
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void insertCounterProbe(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO kefu_counter (name, counter_value) VALUES ('probe', 7)")) {
      ps.executeUpdate();
    }
  }

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }
}
