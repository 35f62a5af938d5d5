package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two transactions schedule the same new due key at once, as several instances do when each makes
 * sure the recurring work exists (the load test met it on its first minute): the unit of work
 * schedules "replacing any under the same key", so the one that commits second replaces the first
 * one's item instead of failing on the key's uniqueness.
 */
class PostgreSqlScheduleRaceTest {

  private static final Instant AT = Instant.parse("2026-03-03T01:00:00Z");

  @Test
  @DisplayName("a unit scheduling a key another transaction is inserting waits for it, then replaces its item")
  void concurrentScheduleOfOneNewKey() throws Exception {
    DataSource ds = PostgreSql.freshDataSource();
    JdbcStorage storage = new JdbcStorage(ds).migrate();
    try (Connection other = ds.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement ps = other.prepareStatement(
          "INSERT INTO kefu_due (work_key, kind, due_at_ns, token, attributes) VALUES ('daily', 'first', ?, 1, '{}')")) {
        ps.setLong(1, Instants.toNanos(AT));
        ps.executeUpdate();
      }
      // the unit's delete does not see the uncommitted row; its insert waits on the key
      CompletableFuture<Void> unit = CompletableFuture.runAsync(() -> storage.unitOfWork().commit(UnitOfWork.builder()
          .addSchedule(new ScheduledWork("daily", "second", AT.plusSeconds(60), Map.of())).build()));
      waitUntilWaitingOnALock(ds);
      other.commit();
      unit.get(30, TimeUnit.SECONDS);
    }
    DueItem item = storage.dueWork().scheduled("daily").orElseThrow();
    assertThat(item.kind()).isEqualTo("second");
    assertThat(item.dueAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(item.claimedBy()).isEmpty();
  }

  /** Polls the server until a backend of this database waits on a lock. */
  private static void waitUntilWaitingOnALock(DataSource ds) throws SQLException, InterruptedException {
    for (int poll = 0; poll < 3_000; poll++) {
      try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
          "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the unit of work never waited on the other transaction's key");
  }
}
