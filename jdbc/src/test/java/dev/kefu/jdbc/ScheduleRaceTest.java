package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two units of work scheduling the same new due key at once, deterministically: a competing
 * transaction inserts the key and holds it until the database reports the unit blocked on it.
 * Where the database upserts (PostgreSQL), the unit waits for the competitor and then replaces its
 * item, as the port says a schedule does. Elsewhere (H2: delete, then insert) the unit that loses is
 * rejected as stale, naming the key, as a lost race on an aggregate is — not failed as a broken
 * store — so kefu's callers decide again (commands) or let it be (instances scheduling their
 * recurring work at the same start), and its retry replaces the item. Either way the unit is whole.
 */
abstract class ScheduleRaceTest {

  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

  /** @return the database the test runs on */
  protected abstract Database database();

  /** @return a query counting the sessions of this database waiting for a lock */
  protected abstract String blockedSessions();

  /** @return whether a schedule waits for a competing insert of its key and replaces it (an upsert) */
  protected abstract boolean upserts();

  @Test
  @DisplayName("a unit scheduling a key another transaction inserts meanwhile replaces it after it (upsert) or is stale, naming the key, and writes nothing; then its retry replaces the item")
  void concurrentScheduleOfOneNewKeyReplacesOrIsAStaleRace() throws Exception {
    DataSource ds = database().fresh();
    JdbcStorage storage = new JdbcStorage(ds);
    UnitOfWork unit = UnitOfWork.builder()
        .addSchedule(new ScheduledWork("recurring", "test.timer", T0.plusSeconds(60), Map.of()))
        .addSchedule(new ScheduledWork("other", "test.timer", T0, Map.of()))
        .build();
    Throwable thrown;
    try (Connection competitor = ds.getConnection()) {
      competitor.setAutoCommit(false);
      try (PreparedStatement ps = competitor.prepareStatement(
          "INSERT INTO kefu_due (work_key, kind, due_at_ns, token, attributes) VALUES ('recurring', 'test.timer', ?, 999999, '{}')")) {
        ps.setLong(1, Instants.toNanos(T0));
        ps.executeUpdate();
      }
      CompletableFuture<Throwable> commit = CompletableFuture.supplyAsync(() -> catchThrowable(() -> storage.unitOfWork().commit(unit)));
      awaitBlockedSessionOrEnd(ds, commit);
      competitor.commit();
      thrown = commit.get(30, TimeUnit.SECONDS);
    }
    if (upserts()) {
      assertThat(thrown).as("the unit waited for the competitor, then replaced its item").isNull();
      assertThat(storage.dueWork().scheduled("recurring").orElseThrow().dueAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(storage.dueWork().scheduled("recurring").orElseThrow().token()).as("a token of its own").isNotEqualTo(999999L);
      assertThat(storage.dueWork().scheduled("other")).isPresent();
      return;
    }
    assertThat(thrown).isInstanceOf(StaleVersionException.class);
    assertThat(((StaleVersionException) thrown).staleWrites()).extracting(StaleWrite::type, StaleWrite::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StaleWrite.DUE_WORK, "recurring"));
    assertThat(storage.dueWork().scheduled("other")).as("nothing of the stale unit is written").isEmpty();
    assertThat(storage.dueWork().scheduled("recurring").orElseThrow().dueAt()).isEqualTo(T0);

    storage.unitOfWork().commit(unit);
    assertThat(storage.dueWork().scheduled("recurring").orElseThrow().dueAt()).as("the retry replaces the item").isEqualTo(T0.plusSeconds(60));
    assertThat(storage.dueWork().scheduled("other")).isPresent();
  }

  /** Waits until the database reports a session blocked, or the commit ended without waiting (H2 fails at once on a key another transaction inserted). */
  private void awaitBlockedSessionOrEnd(DataSource ds, CompletableFuture<?> commit) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection observer = ds.getConnection()) {
      while (System.nanoTime() < deadline && !commit.isDone()) {
        try (PreparedStatement ps = observer.prepareStatement(blockedSessions()); ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) > 0) {
            return;
          }
        }
        Thread.onSpinWait();
      }
    }
    if (!commit.isDone()) {
      throw new AssertionError("no session blocked within 30 s");
    }
  }
}
