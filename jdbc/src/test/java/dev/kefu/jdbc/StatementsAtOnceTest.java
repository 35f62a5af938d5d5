package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whether a unit of work's statements run at once — one prepared statement in auto-commit mode,
 * one implicit transaction — is found out by a probe, not assumed: PostgreSQL's extended protocol
 * (PgJDBC's default) does so, its simple protocol commits statement by statement, H2 takes one
 * statement at a time. The probe leaves nothing behind; a guard aborts a stale unit whole.
 */
class StatementsAtOnceTest {

  @Test
  @DisplayName("PostgreSQL's extended protocol runs a unit at once; the simple protocol and H2 do not; the probe leaves no row")
  void theProbeTellsWhereUnitsRunAtOnce() throws SQLException {
    DataSource extended = PostgreSql.freshDataSource();
    DataSource simple = PostgreSql.freshDataSources(1, 2, Map.of("preferQueryMode", "simple")).get(0);
    DataSource h2 = H2.freshDataSource();
    for (DataSource ds : new DataSource[] {extended, simple, h2}) {
      new JdbcStorage(ds).migrate();
    }

    assertThat(probe(extended)).as("PostgreSQL, extended protocol").isTrue();
    assertThat(probe(simple)).as("PostgreSQL, simple protocol").isFalse();
    assertThat(probe(h2)).as("H2").isFalse();
    for (DataSource ds : new DataSource[] {extended, simple, h2}) {
      assertThat(counterNames(ds)).as("the counters after the probe").containsExactly("log");
    }
  }

  @Test
  @DisplayName("at once, a unit with a stale part leaves nothing of its other parts, and the stale part is named")
  void aGuardAbortsTheWholeUnit() throws SQLException {
    DataSource ds = PostgreSql.freshDataSource();
    JdbcStorage storage = new JdbcStorage(ds).migrate();
    assertThat(probe(ds)).isTrue();
    UnitOfWork unit = UnitOfWork.builder()
        .addSchedule(new dev.kefu.spi.store.ScheduledWork("timer", "test.timer", java.time.Instant.parse("2026-03-02T02:00:00Z"), Map.of()))
        .addComplete(new dev.kefu.spi.store.DueCompletion("never-claimed", 7))
        .build();

    Throwable thrown = catchThrowable(() -> storage.unitOfWork().commit(unit));

    assertThat(thrown).isInstanceOf(StaleVersionException.class);
    assertThat(((StaleVersionException) thrown).staleWrites()).extracting(StaleWrite::type, StaleWrite::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StaleWrite.DUE_WORK, "never-claimed"));
    assertThat(storage.dueWork().scheduled("timer")).as("the schedule in front of the stale completion").isEmpty();
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kefu_abort");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getInt(1)).as("rows in kefu_abort").isZero();
    }
  }

  private static boolean probe(DataSource ds) throws SQLException {
    DatabaseAccess db = new DatabaseAccess(ds, JdbcStorage.ClaimPath.AUTO);
    try (Connection c = ds.getConnection()) {
      return db.runsStatementsAtOnce(c);
    }
  }

  private static java.util.List<String> counterNames(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT name FROM kefu_counter ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    }
  }
}
