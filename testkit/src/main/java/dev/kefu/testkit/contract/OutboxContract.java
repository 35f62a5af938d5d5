package dev.kefu.testkit.contract;

import static dev.kefu.testkit.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Outbox}: messages committed in a unit of work come out of
 * {@code claimBatch}; per partition only the oldest pending message is handed out (or, asked for
 * several, a prefix of the partition's queue, marked only in order); a failed
 * message waits for its retry time and blocks its partition meanwhile; a parked (dead) message
 * no longer blocks it; other partitions are never blocked; a claimed message is not handed out
 * again during its lease; a mark that names a stale or unknown claim changes nothing; deliveries
 * can be marked several at once; and {@code list} pages by status.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; messages are
 * written through its unit of work and read through its outbox. Times are explicit; a lease
 * lapses because the suite passes a later {@code now}.
 */
@Tag("kefu-contract")
@DisplayName("Outbox contract")
public abstract class OutboxContract {

  private static final Duration LEASE = Duration.ofMinutes(5);

  private Storage storage;
  private Outbox outbox;
  private Fixtures fixtures;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected OutboxContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
    outbox = storage.outbox();
    fixtures = new Fixtures(0x5eed_0003L);
  }

  /** An empty outbox hands out nothing. */
  @Test
  @DisplayName("claimBatch on an empty outbox returns an empty list")
  public void emptyOutbox() {
    assertThat(outbox.claimBatch(T0, 10, "a", LEASE)).isEmpty();
  }

  /** Committed messages come out, by sequence. */
  @Test
  @DisplayName("messages committed in a unit of work come out of claimBatch in commit order, pending, never attempted")
  public void committedMessagesComeOut() {
    OutboxMessage first = fixtures.message("p-1", T0);
    OutboxMessage second = fixtures.message("p-2", T0);
    commit(first, second);

    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, "a", LEASE);

    assertThat(claimed).extracting(OutboxEntry::message).containsExactly(first, second);
    assertThat(claimed).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
    assertThat(claimed).allSatisfy(e -> {
      assertThat(e.status()).isEqualTo(OutboxEntry.Status.PENDING);
      assertThat(e.attempts()).isZero();
      assertThat(e.lastError()).isEmpty();
    });
  }

  /** Per partition, only the head goes out. */
  @Test
  @DisplayName("per partition only the oldest pending message is handed out; the next follows once it is delivered")
  public void onlyTheOldestPendingMessagePerPartition() {
    OutboxMessage p1First = fixtures.message("p-1", T0);
    OutboxMessage p1Second = fixtures.message("p-1", T0);
    OutboxMessage p2 = fixtures.message("p-2", T0);
    commit(p1First, p1Second, p2);

    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, "a", LEASE);
    assertThat(claimed).extracting(OutboxEntry::message).containsExactly(p1First, p2);

    assertThat(outbox.markDelivered(p1First.id(), claimed.get(0).claimToken())).as("markDelivered").isTrue();
    assertThat(outbox.claimBatch(T0, 10, "b", LEASE)).extracting(OutboxEntry::message).containsExactly(p1Second);
  }

  /** The limit caps a batch. */
  @Test
  @DisplayName("claimBatch takes at most limit messages, lowest sequence first")
  public void claimBatchTakesAtMostLimit() {
    OutboxMessage m1 = fixtures.message("p-1", T0);
    OutboxMessage m2 = fixtures.message("p-2", T0);
    OutboxMessage m3 = fixtures.message("p-3", T0);
    commit(m1, m2, m3);

    assertThat(outbox.claimBatch(T0, 2, "a", LEASE)).extracting(OutboxEntry::message).containsExactly(m1, m2);
    assertThat(outbox.claimBatch(T0, 2, "b", LEASE)).extracting(OutboxEntry::message).containsExactly(m3);
  }

  /** A failed message waits for its retry time, blocks its partition, and leaves others alone. */
  @Test
  @DisplayName("a failed message is not handed out before its retry time and blocks its partition meanwhile, but no other")
  public void failedMessageWaitsAndBlocksItsPartition() {
    OutboxMessage failing = fixtures.message("p-1", T0);
    OutboxMessage behind = fixtures.message("p-1", T0);
    commit(failing, behind);
    OutboxEntry claimed = outbox.claimBatch(T0, 10, "a", LEASE).get(0);
    Instant retryAt = T0.plus(Duration.ofMinutes(10));

    assertThat(outbox.markFailed(failing.id(), claimed.claimToken(), retryAt, "gateway timeout")).as("markFailed").isTrue();
    OutboxMessage otherPartition = fixtures.message("p-2", T0);
    commit(otherPartition);

    assertThat(outbox.claimBatch(retryAt.minusMillis(1), 10, "b", LEASE)).as("before the retry time")
        .extracting(OutboxEntry::message).containsExactly(otherPartition);
    assertThat(pending()).filteredOn(e -> e.message().equals(failing)).singleElement().satisfies(e -> {
      assertThat(e.attempts()).as("attempts").isEqualTo(1);
      assertThat(e.lastError()).as("lastError").contains("gateway timeout");
      assertThat(e.nextAttemptAt()).as("nextAttemptAt").isEqualTo(retryAt);
    });
    List<OutboxEntry> retried = outbox.claimBatch(retryAt, 10, "b", LEASE);
    assertThat(retried).as("at the retry time").extracting(OutboxEntry::message).containsExactly(failing);
    assertThat(retried.get(0).attempts()).isEqualTo(1);
  }

  /** A parked message frees its partition. */
  @Test
  @DisplayName("a parked (dead) message no longer blocks its partition and is listed as DEAD")
  public void parkedMessageDoesNotBlock() {
    OutboxMessage dead = fixtures.message("p-1", T0);
    OutboxMessage next = fixtures.message("p-1", T0);
    commit(dead, next);
    OutboxEntry claimed = outbox.claimBatch(T0, 10, "a", LEASE).get(0);

    assertThat(outbox.park(dead.id(), claimed.claimToken(), "no such address")).as("park").isTrue();

    assertThat(outbox.claimBatch(T0, 10, "b", LEASE)).extracting(OutboxEntry::message).containsExactly(next);
    assertThat(outbox.list(OutboxEntry.Status.DEAD, PageRequest.first(10)).items()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo(dead);
      assertThat(e.lastError()).contains("no such address");
    });
  }

  /** A claim holds for its lease; after it, the message goes out again and the old token is dead. */
  @Test
  @DisplayName("a claimed message is not handed out again during its lease; afterwards it is, and the old token no longer marks it")
  public void claimedMessageIsNotHandedOutDuringTheLease() {
    OutboxMessage message = fixtures.message("p-1", T0);
    commit(message);
    OutboxEntry first = outbox.claimBatch(T0, 10, "a", LEASE).get(0);

    assertThat(outbox.claimBatch(T0.plus(LEASE).minusMillis(1), 10, "b", LEASE)).as("during the lease").isEmpty();
    List<OutboxEntry> again = outbox.claimBatch(T0.plus(LEASE).plusSeconds(1), 10, "b", LEASE);
    assertThat(again).as("after the lease").extracting(OutboxEntry::message).containsExactly(message);
    assertThat(again.get(0).claimToken()).as("new claim token").isNotEqualTo(first.claimToken());

    assertThat(outbox.markDelivered(message.id(), first.claimToken())).as("mark with the lapsed token").isFalse();
    assertThat(list(OutboxEntry.Status.DELIVERED)).as("delivered after the stale mark").isEmpty();
    assertThat(outbox.markDelivered(message.id(), again.get(0).claimToken())).as("mark with the new token").isTrue();
    assertThat(list(OutboxEntry.Status.DELIVERED)).extracting(OutboxEntry::message).containsExactly(message);
  }

  /** Marks that name the wrong claim or message change nothing. */
  @Test
  @DisplayName("marks with an unknown claim token or message id return false and change nothing")
  public void marksWithAStaleTokenChangeNothing() {
    OutboxMessage message = fixtures.message("p-1", T0);
    commit(message);
    OutboxEntry claimed = outbox.claimBatch(T0, 10, "a", LEASE).get(0);
    long wrongToken = claimed.claimToken() + 1_000_003;
    UUID unknownId = new UUID(0, 42);

    assertThat(outbox.markDelivered(message.id(), wrongToken)).as("markDelivered, wrong token").isFalse();
    assertThat(outbox.markFailed(message.id(), wrongToken, T0.plusSeconds(60), "x")).as("markFailed, wrong token").isFalse();
    assertThat(outbox.park(message.id(), wrongToken, "x")).as("park, wrong token").isFalse();
    assertThat(outbox.markDelivered(unknownId, claimed.claimToken())).as("markDelivered, unknown id").isFalse();

    assertThat(pending()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo(message);
      assertThat(e.attempts()).as("attempts").isZero();
      assertThat(e.lastError()).as("lastError").isEmpty();
    });
    assertThat(list(OutboxEntry.Status.DELIVERED)).as("delivered").isEmpty();
    assertThat(list(OutboxEntry.Status.DEAD)).as("dead").isEmpty();
    assertThat(outbox.claimBatch(T0.plusSeconds(1), 10, "b", LEASE)).as("still claimed by a").isEmpty();
    assertThat(outbox.markDelivered(message.id(), claimed.claimToken())).as("markDelivered, right token").isTrue();
  }

  /** {@code list} pages each status by sequence. */
  @Test
  @DisplayName("list(status, page) lists the messages in a status by sequence, with total and hasNext")
  public void listPagesByStatus() {
    List<OutboxMessage> messages = List.of(
        fixtures.message("p-1", T0), fixtures.message("p-2", T0), fixtures.message("p-3", T0),
        fixtures.message("p-4", T0), fixtures.message("p-5", T0), fixtures.message("p-6", T0),
        fixtures.message("p-7", T0));
    commit(messages.toArray(OutboxMessage[]::new));
    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, "a", LEASE);
    for (int i : new int[] {1, 3, 5}) {
      assertThat(outbox.markDelivered(claimed.get(i).message().id(), claimed.get(i).claimToken())).isTrue();
    }

    Page<OutboxEntry> first = outbox.list(OutboxEntry.Status.DELIVERED, PageRequest.first(2));
    assertThat(first.items()).extracting(OutboxEntry::message).containsExactly(messages.get(1), messages.get(3));
    assertThat(first.total()).as("total delivered").isEqualTo(3);
    assertThat(first.hasNext()).as("hasNext on the first page").isTrue();
    Page<OutboxEntry> second = outbox.list(OutboxEntry.Status.DELIVERED, first.request().next());
    assertThat(second.items()).extracting(OutboxEntry::message).containsExactly(messages.get(5));
    assertThat(second.hasNext()).as("hasNext on the last page").isFalse();
    assertThat(pending()).extracting(OutboxEntry::message)
        .containsExactly(messages.get(0), messages.get(2), messages.get(4), messages.get(6));
    Page<OutboxEntry> dead = outbox.list(OutboxEntry.Status.DEAD, PageRequest.first(10));
    assertThat(dead.items()).isEmpty();
    assertThat(dead.total()).isZero();
  }

  /** Several of a partition at once: a prefix of its queue, in order. */
  @Test
  @DisplayName("claimBatch with perPartition hands out, per partition, a prefix of its pending messages, at most perPartition, by sequence")
  public void severalOfAPartitionArePrefixes() {
    OutboxMessage a1 = fixtures.message("p-1", T0);
    OutboxMessage b1 = fixtures.message("p-2", T0);
    OutboxMessage a2 = fixtures.message("p-1", T0);
    OutboxMessage a3 = fixtures.message("p-1", T0);
    OutboxMessage a4 = fixtures.message("p-1", T0);
    OutboxMessage b2 = fixtures.message("p-2", T0);
    commit(a1, b1, a2, a3, a4, b2);

    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, 3, "a", LEASE);

    assertThat(claimed).extracting(OutboxEntry::sequence).isSorted().doesNotHaveDuplicates();
    List<OutboxMessage> ofA = claimed.stream().map(OutboxEntry::message).filter(m -> m.partitionKey().equals("p-1")).toList();
    List<OutboxMessage> ofB = claimed.stream().map(OutboxEntry::message).filter(m -> m.partitionKey().equals("p-2")).toList();
    assertThat(ofA).as("p-1").isNotEmpty().hasSizeLessThanOrEqualTo(3).isEqualTo(List.of(a1, a2, a3).subList(0, ofA.size()));
    assertThat(ofB).as("p-2").isNotEmpty().isEqualTo(List.of(b1, b2).subList(0, ofB.size()));
    assertThat(outbox.claimBatch(T0, 10, 3, "b", LEASE)).as("claimed partitions are held").isEmpty();
  }

  /** Messages claimed together are marked in order, and a failure ends the claim on the rest. */
  @Test
  @DisplayName("messages of a partition claimed together are marked only in order; a failure ends the claim on those behind it")
  public void severalOfAPartitionAreMarkedInOrder() {
    OutboxMessage first = fixtures.message("p-1", T0);
    OutboxMessage second = fixtures.message("p-1", T0);
    OutboxMessage third = fixtures.message("p-1", T0);
    commit(first, second, third);
    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, 3, "a", LEASE);
    assertThat(claimed).isNotEmpty();
    assertThat(claimed.get(0).message()).isEqualTo(first);
    Instant retryAt = T0.plus(Duration.ofMinutes(1));

    if (claimed.size() >= 2) {
      assertThat(outbox.markDelivered(second.id(), claimed.get(1).claimToken())).as("second before first").isFalse();
    }
    assertThat(outbox.markDelivered(first.id(), claimed.get(0).claimToken())).as("first").isTrue();
    if (claimed.size() >= 2) {
      assertThat(outbox.markFailed(second.id(), claimed.get(1).claimToken(), retryAt, "busy")).as("second fails").isTrue();
      if (claimed.size() == 3) {
        assertThat(outbox.markDelivered(third.id(), claimed.get(2).claimToken())).as("third, behind the failure").isFalse();
      }
      assertThat(outbox.claimBatch(retryAt.minusMillis(1), 10, 3, "b", LEASE)).as("before the retry").isEmpty();
      List<OutboxEntry> again = outbox.claimBatch(retryAt, 10, 3, "b", LEASE);
      assertThat(again).as("at the retry").isNotEmpty();
      assertThat(again.get(0).message()).isEqualTo(second);
      assertThat(again.get(0).attempts()).isEqualTo(1);
    }
    assertThat(pending()).extracting(OutboxEntry::message).containsExactly(second, third);
  }

  /** Deliveries marked together, each as on its own. */
  @Test
  @DisplayName("markDelivered of several entries marks each whose claim holds, and returns how many")
  public void severalMarkedDeliveredAtOnce() {
    OutboxMessage m1 = fixtures.message("p-1", T0);
    OutboxMessage m2 = fixtures.message("p-2", T0);
    OutboxMessage m3 = fixtures.message("p-3", T0);
    commit(m1, m2, m3);
    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, "a", LEASE);
    assertThat(outbox.markDelivered(List.of(claimed.get(0), stale(claimed.get(1)), claimed.get(2)))).isEqualTo(2);

    assertThat(list(OutboxEntry.Status.DELIVERED)).extracting(OutboxEntry::message).containsExactly(m1, m3);
    assertThat(pending()).extracting(OutboxEntry::message).containsExactly(m2);
    assertThat(outbox.markDelivered(List.of())).isZero();
  }

  /** A partition's prefix marked in one call, in order: each mark sees the ones before it. */
  @Test
  @DisplayName("markDelivered of a partition's claimed prefix, in order, marks it all; a stale entry stops the marks of its partition behind it")
  public void aPrefixMarkedTogether() {
    OutboxMessage a1 = fixtures.message("p-1", T0);
    OutboxMessage a2 = fixtures.message("p-1", T0);
    OutboxMessage b1 = fixtures.message("p-2", T0);
    OutboxMessage a3 = fixtures.message("p-1", T0);
    OutboxMessage b2 = fixtures.message("p-2", T0);
    OutboxMessage b3 = fixtures.message("p-2", T0);
    commit(a1, a2, b1, a3, b2, b3);
    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, 3, "a", LEASE);
    List<OutboxEntry> ofA = claimed.stream().filter(e -> e.message().partitionKey().equals("p-1")).toList();
    List<OutboxEntry> ofB = claimed.stream().filter(e -> e.message().partitionKey().equals("p-2")).toList();
    // p-2's second entry goes stale: it and the one behind it stay pending, its head is marked
    List<OutboxEntry> marks = new ArrayList<>();
    marks.addAll(ofA);
    marks.add(ofB.get(0));
    for (int i = 1; i < ofB.size(); i++) {
      marks.add(i == 1 ? stale(ofB.get(i)) : ofB.get(i));
    }

    if (ofA.size() > 1) {
      assertThat(outbox.markDelivered(ofA.subList(1, ofA.size()))).as("without their head").isZero();
    }
    assertThat(outbox.markDelivered(marks)).isEqualTo(ofA.size() + 1);

    List<OutboxMessage> delivered = new ArrayList<>(ofA.stream().map(OutboxEntry::message).toList());
    delivered.add(b1);
    assertThat(list(OutboxEntry.Status.DELIVERED)).extracting(OutboxEntry::message).containsExactlyInAnyOrderElementsOf(delivered);
    assertThat(pending()).extracting(OutboxEntry::message).containsAll(List.of(b2, b3)).doesNotContainAnyElementsOf(delivered);
  }

  /** Marks given out of order act as one by one in that order: a message before its predecessor is not marked. */
  @Test
  @DisplayName("markDelivered of a partition's entries out of order marks each only if its predecessors were marked before it in the list")
  public void marksOutOfOrderActInTheirOrder() {
    OutboxMessage first = fixtures.message("p-1", T0);
    OutboxMessage second = fixtures.message("p-1", T0);
    OutboxMessage third = fixtures.message("p-1", T0);
    commit(first, second, third);
    List<OutboxEntry> claimed = outbox.claimBatch(T0, 10, 3, "a", LEASE);
    assertThat(claimed).isNotEmpty();
    List<OutboxEntry> reversed = new ArrayList<>(claimed);
    java.util.Collections.reverse(reversed);

    assertThat(outbox.markDelivered(reversed)).as("only the first: each of the others ran before its predecessor").isEqualTo(1);
    assertThat(list(OutboxEntry.Status.DELIVERED)).extracting(OutboxEntry::message).containsExactly(first);
    if (claimed.size() >= 2) {
      // the same entries again, now in order: the rest is marked, the first not twice
      assertThat(outbox.markDelivered(claimed)).isEqualTo(claimed.size() - 1);
      assertThat(list(OutboxEntry.Status.DELIVERED)).hasSize(claimed.size());
    }
    List<OutboxEntry> twice = List.of(claimed.get(0), claimed.get(0));
    assertThat(outbox.markDelivered(twice)).as("a delivered message is not marked again").isZero();
  }

  /** The entry as claimed, with a token that no claim handed out. */
  private static OutboxEntry stale(OutboxEntry e) {
    return new OutboxEntry(e.message(), e.sequence(), e.status(), e.attempts(), e.nextAttemptAt(), e.lastError(),
        e.claimToken() + 1_000_003);
  }

  /** Bad arguments are refused. */
  @Test
  @DisplayName("claimBatch refuses a limit below 1 and a lease that is not positive")
  public void claimBatchRefusesBadArguments() {
    assertThatIllegalArgumentException().as("limit 0").isThrownBy(() -> outbox.claimBatch(T0, 0, "a", LEASE));
    assertThatIllegalArgumentException().as("zero lease").isThrownBy(() -> outbox.claimBatch(T0, 1, "a", Duration.ZERO));
    assertThatIllegalArgumentException().as("perPartition 0").isThrownBy(() -> outbox.claimBatch(T0, 1, 0, "a", LEASE));
  }

  private void commit(OutboxMessage... messages) {
    storage.unitOfWork().commit(UnitOfWork.builder().addOutbox(messages).build());
  }

  private List<OutboxEntry> pending() {
    return list(OutboxEntry.Status.PENDING);
  }

  private List<OutboxEntry> list(OutboxEntry.Status status) {
    return outbox.list(status, PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }
}
