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

/** Delivered outbox messages are deleted on the host's request; pending and parked ones never. */
class OutboxRetentionTest {

  private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private final SplittableRandom random = new SplittableRandom(11);

  @Test
  void onlyDeliveredMessagesCreatedBeforeTheCutOffGoAndAPartitionStillDeliversInOrder() {
    JdbcStorage storage = PostgreSql.freshStorage();
    OutboxMessage oldDelivered = message("p-1", T0);
    OutboxMessage oldParked = message("p-2", T0);
    OutboxMessage oldPending = message("p-3", T0);
    OutboxMessage behindDelivered = message("p-1", T0.plusSeconds(1));
    OutboxMessage newDelivered = message("p-4", T0.plus(Duration.ofDays(8)));
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addOutbox(oldDelivered, oldParked, oldPending, behindDelivered, newDelivered).build());
    Instant now = T0.plus(Duration.ofDays(9));
    List<OutboxEntry> claimed = storage.outbox().claimBatch(now, 10, 1, "a", LEASE);
    for (OutboxEntry e : claimed) {
      if (e.message().equals(oldDelivered) || e.message().equals(newDelivered)) {
        assertThat(storage.outbox().markDelivered(e.message().id(), e.claimToken())).isTrue();
      } else if (e.message().equals(oldParked)) {
        assertThat(storage.outbox().park(e.message().id(), e.claimToken(), "no such number")).isTrue();
      }
    }

    assertThat(storage.purgeDelivered(T0.plus(Duration.ofDays(7)))).isEqualTo(1);

    assertThat(storage.outbox().list(OutboxEntry.Status.DELIVERED, PageRequest.first(10)).items())
        .extracting(OutboxEntry::message).containsExactly(newDelivered);
    assertThat(storage.outbox().list(OutboxEntry.Status.DEAD, PageRequest.first(10)).items())
        .extracting(OutboxEntry::message).containsExactly(oldParked);
    assertThat(storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(10)).items())
        .extracting(OutboxEntry::message).containsExactly(oldPending, behindDelivered);
    // the message behind the purged one in its partition is next in line, not blocked
    assertThat(storage.outbox().claimBatch(now.plus(LEASE), 10, 1, "b", LEASE))
        .extracting(OutboxEntry::message).containsExactlyInAnyOrder(oldPending, behindDelivered);
  }

  private OutboxMessage message(String partition, Instant createdAt) {
    return new OutboxMessage(KefuGenerators.uuids().next(random), partition, KefuGenerators.notifications().next(random),
        createdAt);
  }
}
