package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.testkit.generators.KefuGenerators;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The two claim paths meet a competing transaction as they should, deterministically: the
 * competitor holds its row until H2 reports the claimer blocked on it (portable path), or holds it
 * throughout (SKIP LOCKED path). Also nextDueAt and the fencing tokens' source.
 */
class H2ClaimPathTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final JdbcDataSource ds = dataSource();

  private static JdbcDataSource dataSource() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:kefu-claims-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
    ds.setUser("sa");
    return ds;
  }

  private JdbcStorage storage(JdbcStorage.ClaimPath path) {
    return new JdbcStorage(ds, path).migrate();
  }

  private static void schedule(JdbcStorage storage, String... keys) {
    UnitOfWork.Builder unit = UnitOfWork.builder();
    for (String key : keys) {
      unit.addSchedule(new ScheduledWork(key, "test.timer", T0, Map.of()));
    }
    storage.unitOfWork().commit(unit.build());
  }

  @Test
  void portableDueClaimPassesOverAnItemTakenWhileItWaited() throws Exception {
    JdbcStorage storage = storage(JdbcStorage.ClaimPath.PORTABLE);
    schedule(storage, "k-1", "k-2");
    try (Connection competitor = ds.getConnection()) {
      competitor.setAutoCommit(false);
      try (PreparedStatement ps = competitor.prepareStatement(
          "UPDATE kefu_due SET token = token + 1000000007, claimed_by = 'x', claimed_until_ns = ? WHERE work_key = 'k-1'")) {
        ps.setLong(1, Instants.toNanos(T0.plus(LEASE)));
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      CompletableFuture<List<DueItem>> claim = CompletableFuture.supplyAsync(() -> storage.dueWork().claim(T0, 10, "a", LEASE));
      awaitBlockedSession();
      competitor.commit();

      assertThat(claim.get(30, TimeUnit.SECONDS)).extracting(DueItem::key).containsExactly("k-2");
    }
    assertThat(storage.dueWork().scheduled("k-1").orElseThrow().claimedBy()).contains("x");
  }

  @Test
  void portableOutboxClaimPassesOverAPartitionTakenWhileItWaited() throws Exception {
    JdbcStorage storage = storage(JdbcStorage.ClaimPath.PORTABLE);
    OutboxMessage p1 = message("p-1");
    OutboxMessage p2 = message("p-2");
    storage.unitOfWork().commit(UnitOfWork.builder().addOutbox(p1, p2).build());
    try (Connection competitor = ds.getConnection()) {
      competitor.setAutoCommit(false);
      try (PreparedStatement ps = competitor.prepareStatement(
          "UPDATE kefu_outbox SET claim_token = claim_token + 1000000007, claimed_by = 'x', claimed_until_ns = ? WHERE id = ?")) {
        ps.setLong(1, Instants.toNanos(T0.plus(LEASE)));
        ps.setObject(2, p1.id());
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      CompletableFuture<List<OutboxEntry>> claim =
          CompletableFuture.supplyAsync(() -> storage.outbox().claimBatch(T0, 10, 3, "a", LEASE));
      awaitBlockedSession();
      competitor.commit();

      assertThat(claim.get(30, TimeUnit.SECONDS)).extracting(OutboxEntry::message).containsExactly(p2);
    }
  }

  @Test
  void skipLockedDueClaimPassesOverALockedItemWithoutWaiting() throws Exception {
    JdbcStorage storage = storage(JdbcStorage.ClaimPath.SKIP_LOCKED);
    schedule(storage, "k-1", "k-2");
    try (Connection competitor = ds.getConnection()) {
      competitor.setAutoCommit(false);
      try (PreparedStatement ps = competitor.prepareStatement("SELECT token FROM kefu_due WHERE work_key = 'k-1' FOR UPDATE");
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
      }

      assertThat(storage.dueWork().claim(T0, 10, "a", LEASE)).extracting(DueItem::key).containsExactly("k-2");
      competitor.rollback();
    }
    assertThat(storage.dueWork().claim(T0, 10, "b", LEASE)).extracting(DueItem::key).containsExactly("k-1");
  }

  @Test
  void nextDueAtIsTheEarliestDueTimeOrLeaseEnd() {
    JdbcStorage storage = storage(JdbcStorage.ClaimPath.AUTO);
    assertThat(storage.dueWork().nextDueAt()).isEmpty();
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addSchedule(new ScheduledWork("early", "test.timer", T0, Map.of()))
        .addSchedule(new ScheduledWork("late", "test.timer", T0.plus(Duration.ofHours(1)), Map.of()))
        .build());
    assertThat(storage.dueWork().nextDueAt()).contains(T0);

    storage.dueWork().claim(T0, 1, "a", LEASE);

    assertThat(storage.dueWork().nextDueAt()).as("early is claimed until its lease ends").contains(T0.plus(LEASE));
  }

  @Test
  void fencingTokensComeFromTheDatabaseSequence() throws SQLException {
    JdbcStorage storage = storage(JdbcStorage.ClaimPath.AUTO);
    schedule(storage, "k-1");
    long scheduled = storage.dueWork().scheduled("k-1").orElseThrow().token();
    long claimed = storage.dueWork().claim(T0, 1, "a", LEASE).get(0).token();
    long last;
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'KEFU_TOKEN_SEQ'");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      last = rs.getLong(1) - 1; // BASE_VALUE is the next value to hand out
    }
    assertThat(scheduled).isEqualTo(1);
    assertThat(claimed).isEqualTo(2).isEqualTo(last);
  }

  private static OutboxMessage message(String partition) {
    SplittableRandom random = new SplittableRandom(partition.hashCode());
    return new OutboxMessage(KefuGenerators.uuids().next(random), partition, KefuGenerators.notifications().next(random), T0);
  }

  /** Waits until H2 reports a session blocked on another's lock. */
  private void awaitBlockedSession() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection observer = ds.getConnection()) {
      while (System.nanoTime() < deadline) {
        try (PreparedStatement ps = observer.prepareStatement(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("no session blocked within 30 s");
  }
}
