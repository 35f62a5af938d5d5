package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Outbox queries start at a floor below which no message is pending: a message retried later,
 * below every new one, is still claimed when it comes due; a message committed after a claim found
 * nothing pending (the floor then past the last message) is claimed by the next.
 */
class PendingFloorTest {

  private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private final SplittableRandom random = new SplittableRandom(17);

  @ParameterizedTest
  @EnumSource(value = Database.class)
  void theFloorHidesNoPendingMessage(Database database) {
    theFloorHidesNoPendingMessage(JdbcStorage.builder(database.fresh()).raiseFloorEvery(1).build().migrate());
  }

  @ParameterizedTest
  @EnumSource(value = Database.class)
  void aLaggingFloorHidesNoPendingMessageEither(Database database) {
    // raised at the first claim only (the default raises at every eighth): sound, only less tight
    theFloorHidesNoPendingMessage(JdbcStorage.builder(database.fresh()).raiseFloorEvery(1_000).build().migrate());
  }

  private void theFloorHidesNoPendingMessage(JdbcStorage storage) {
    OutboxMessage delivered = message("p-1", T0);
    OutboxMessage retried = message("p-2", T0);
    storage.unitOfWork().commit(UnitOfWork.builder().addOutbox(delivered, retried).build());
    for (OutboxEntry e : storage.outbox().claimBatch(T0, 10, 1, "a", LEASE)) {
      if (e.message().equals(delivered)) {
        assertThat(storage.outbox().markDelivered(e.message().id(), e.claimToken())).isTrue();
      } else {
        assertThat(storage.outbox().markFailed(e.message().id(), e.claimToken(), T0.plusSeconds(600), "busy")).isTrue();
      }
    }
    OutboxMessage later = message("p-3", T0.plusSeconds(60));
    storage.unitOfWork().commit(UnitOfWork.builder().addOutbox(later).build());

    assertThat(storage.outbox().claimBatch(T0.plusSeconds(60), 10, 1, "a", LEASE)).as("before the retry is due")
        .extracting(OutboxEntry::message).containsExactly(later);
    List<OutboxEntry> due = storage.outbox().claimBatch(T0.plusSeconds(600), 10, 1, "b", LEASE);
    assertThat(due).as("the retried message, below the later one").extracting(OutboxEntry::message).contains(retried);
    for (OutboxEntry e : due) {
      assertThat(storage.outbox().markDelivered(e.message().id(), e.claimToken())).isTrue();
    }

    assertThat(storage.outbox().claimBatch(T0.plusSeconds(700), 10, 1, "a", LEASE)).as("nothing pending").isEmpty();
    OutboxMessage last = message("p-1", T0.plusSeconds(800));
    storage.unitOfWork().commit(UnitOfWork.builder().addOutbox(last).build());
    List<OutboxEntry> claimed = storage.outbox().claimBatch(T0.plusSeconds(800), 10, 1, "a", LEASE);
    assertThat(claimed).as("committed after a claim that found nothing").extracting(OutboxEntry::message).containsExactly(last);
    assertThat(storage.outbox().markDelivered(claimed)).isEqualTo(1);
  }

  private OutboxMessage message(String partition, Instant createdAt) {
    return new OutboxMessage(KefuGenerators.uuids().next(random), partition, KefuGenerators.notifications().next(random),
        createdAt);
  }
}
