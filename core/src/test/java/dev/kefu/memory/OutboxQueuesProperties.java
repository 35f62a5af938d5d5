package dev.kefu.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The in-memory outbox behaves exactly like the obvious implementation (every entry in a map by
 * sequence, all pending ones walked on every claim): same entries claimed, several of a partition
 * at once or one, with the same tokens; same marks accepted, in order within a partition; same
 * lists; same delivered messages kept under a retention limit — for any sequence of adds, claims
 * at any time, and marks that deliver, fail, park, name a stale token or come out of order.
 */
class OutboxQueuesProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  /** op 0-2 add to partition {@code a}, 3-4 claim at second {@code a} with limit {@code b}, 5-8 mark. */
  record Step(int op, int a, int b) {}

  static Gen<Step> steps() {
    return integers().between(0, 8).zip(integers().between(0, 5), integers().between(0, 4), Step::new);
  }

  /** The reference: every entry in a map by sequence, walked on every claim. */
  static final class Naive {
    /** A partition's claim: until when, and how many messages from its head it covers. */
    private record Claim(Instant until, int covered) {}

    final int keepDelivered;
    final TreeMap<Long, OutboxEntry> outbox = new TreeMap<>();
    final Map<String, Claim> claims = new HashMap<>();
    final Map<UUID, Long> byId = new HashMap<>();
    final Deque<Long> delivered = new ArrayDeque<>();
    long last;

    Naive(int keepDelivered) {
      this.keepDelivered = keepDelivered;
    }

    void add(OutboxMessage m) {
      long seq = ++last;
      outbox.put(seq, new OutboxEntry(m, seq, OutboxEntry.Status.PENDING, 0, m.createdAt(), Optional.empty(), 0));
      byId.put(m.id(), seq);
    }

    private List<OutboxEntry> pendingOf(String partition) {
      return outbox.values().stream()
          .filter(e -> e.status() == OutboxEntry.Status.PENDING && e.message().partitionKey().equals(partition)).toList();
    }

    List<OutboxEntry> claim(Instant now, int limit, int perPartition, String owner, Instant until,
        java.util.function.LongSupplier tokens) {
      // every claimable partition's due prefix, then the lowest sequences of them all
      Map<String, List<OutboxEntry>> prefixes = new LinkedHashMap<>();
      for (OutboxEntry e : outbox.values()) {
        String p = e.message().partitionKey();
        if (e.status() != OutboxEntry.Status.PENDING || prefixes.containsKey(p)) {
          continue;
        }
        Claim claim = claims.get(p);
        List<OutboxEntry> prefix = new ArrayList<>();
        if (claim == null || !now.isBefore(claim.until())) {
          for (OutboxEntry q : pendingOf(p)) {
            if (prefix.size() == perPartition || q.nextAttemptAt().isAfter(now)) {
              break;
            }
            prefix.add(q);
          }
        }
        prefixes.put(p, prefix);
      }
      List<OutboxEntry> chosen = prefixes.values().stream().flatMap(List::stream)
          .sorted(Comparator.comparingLong(OutboxEntry::sequence)).limit(limit).toList();
      List<OutboxEntry> claimed = new ArrayList<>();
      Map<String, Integer> taken = new HashMap<>();
      for (OutboxEntry e : chosen) {
        OutboxEntry c = new OutboxEntry(e.message(), e.sequence(), e.status(), e.attempts(), e.nextAttemptAt(), e.lastError(),
            tokens.getAsLong());
        outbox.put(c.sequence(), c);
        taken.merge(c.message().partitionKey(), 1, Integer::sum);
        claimed.add(c);
      }
      taken.forEach((p, n) -> claims.put(p, new Claim(until, n)));
      return claimed;
    }

    boolean mark(UUID id, long token, UnaryOperator<OutboxEntry> change) {
      Long seq = byId.get(id);
      OutboxEntry e = seq == null ? null : outbox.get(seq);
      if (e == null || token == 0 || e.claimToken() != token || e.status() != OutboxEntry.Status.PENDING) {
        return false;
      }
      String p = e.message().partitionKey();
      Claim claim = claims.get(p);
      if (claim == null || pendingOf(p).get(0).sequence() != seq) {
        return false; // not under a claim, or a predecessor is still pending
      }
      OutboxEntry changed = change.apply(e);
      outbox.put(seq, changed);
      if (changed.status() == OutboxEntry.Status.PENDING || claim.covered() == 1) {
        claims.remove(p);
      } else {
        claims.put(p, new Claim(claim.until(), claim.covered() - 1));
      }
      if (changed.status() == OutboxEntry.Status.DELIVERED && keepDelivered != Integer.MAX_VALUE) {
        delivered.add(seq);
        if (delivered.size() > keepDelivered) {
          outbox.remove(delivered.poll());
        }
      }
      return true;
    }

    List<OutboxEntry> list(OutboxEntry.Status status) {
      return outbox.values().stream().filter(e -> e.status() == status).toList();
    }
  }

  private static OutboxMessage message(int n, int partition) {
    Recipient to = new Recipient(Recipient.Kind.STAFF, "s" + partition, ContactPoint.of(Channel.APP, "s" + partition));
    UUID id = new UUID(0, n);
    return new OutboxMessage(id, "staff:s" + partition, Notification.forEvent(id, to, "t", Map.of(), Locale.ENGLISH), T0);
  }

  private static void sameAsNaive(List<Step> run, int perPartition, int keepDelivered) {
    OutboxQueues queues = new OutboxQueues(keepDelivered);
    Naive naive = new Naive(keepDelivered);
    long[] queueTokens = {0};
    long[] naiveTokens = {0};
    List<OutboxEntry> handedOut = new ArrayList<>();
    int n = 0;
    for (Step step : run) {
      if (step.op() <= 2) {
        OutboxMessage m = message(++n, step.a() % 3);
        queues.add(m);
        naive.add(m);
      } else if (step.op() <= 4) {
        Instant now = T0.plusSeconds(step.a() * 10L);
        Instant until = now.plusSeconds(15);
        List<OutboxEntry> got = queues.claim(now, step.b() + 1, perPartition, "o" + step.op(), until, () -> ++queueTokens[0]);
        assertThat(got).isEqualTo(naive.claim(now, step.b() + 1, perPartition, "o" + step.op(), until, () -> ++naiveTokens[0]));
        handedOut.addAll(got);
      } else if (!handedOut.isEmpty()) {
        OutboxEntry e = handedOut.get((step.a() * 7 + step.b()) % handedOut.size());
        long token = step.b() == 4 ? e.claimToken() + 1 : e.claimToken(); // sometimes a stale token
        Instant retry = T0.plusSeconds(step.a() * 10L + 25);
        UnaryOperator<OutboxEntry> change = switch (step.op()) {
          case 5 -> x -> new OutboxEntry(x.message(), x.sequence(), OutboxEntry.Status.DELIVERED, x.attempts(),
              x.nextAttemptAt(), x.lastError(), x.claimToken());
          case 6 -> x -> new OutboxEntry(x.message(), x.sequence(), OutboxEntry.Status.PENDING, x.attempts() + 1, retry,
              Optional.of("e" + step.a()), x.claimToken());
          default -> x -> new OutboxEntry(x.message(), x.sequence(), OutboxEntry.Status.DEAD, x.attempts() + 1,
              x.nextAttemptAt(), Optional.of("dead"), x.claimToken());
        };
        boolean expected = naive.mark(e.message().id(), token, change);
        boolean actual = step.op() == 5 ? queues.markDelivered(e.message().id(), token) : queues.mark(e.message().id(), token, change);
        assertThat(actual).as("mark %s of %d with token %d", step.op(), e.sequence(), token).isEqualTo(expected);
      }
      for (OutboxEntry.Status s : OutboxEntry.Status.values()) {
        assertThat(queues.list(s)).isEqualTo(naive.list(s));
        assertThat(queues.count(s)).isEqualTo(naive.list(s).size());
      }
    }
  }

  @Test
  @DisplayName("the outbox claims, marks and lists exactly as walking every pending message would")
  void sameAsWalkingEverything() {
    qt().withExamples(400).forAll(lists().of(steps()).ofSizeBetween(1, 150)).checkAssert(run -> sameAsNaive(run, 1, Integer.MAX_VALUE));
  }

  @Test
  @DisplayName("claiming several messages of a partition at once: the same prefixes, merged by sequence, marked only in order")
  void severalOfAPartitionAtOnce() {
    qt().withExamples(400).forAll(lists().of(steps()).ofSizeBetween(1, 150), integers().between(2, 5))
        .checkAssert((run, perPartition) -> sameAsNaive(run, perPartition, Integer.MAX_VALUE));
  }

  @Test
  @DisplayName("with a retention limit, only the most recently delivered messages are listed and counted")
  void retentionLimit() {
    qt().withExamples(300).forAll(lists().of(steps()).ofSizeBetween(1, 150), integers().between(1, 4), integers().between(0, 3))
        .checkAssert((run, perPartition, keep) -> sameAsNaive(run, perPartition, keep));
  }

  @Test
  @DisplayName("a retention limit lets go of whole chunks of delivered messages, and the outbox goes on")
  void retentionAcrossChunks() {
    OutboxQueues queues = new OutboxQueues(10);
    long[] tokens = {0};
    int n = 0;
    for (int round = 0; round < 30; round++) {
      for (int i = 0; i < 1000; i++) {
        queues.add(message(++n, i % 4));
      }
      List<OutboxEntry> claimed;
      while (!(claimed = queues.claim(T0, 100, 100, "a", T0.plusSeconds(60), () -> ++tokens[0])).isEmpty()) {
        for (OutboxEntry e : claimed) {
          assertThat(queues.markDelivered(e.message().id(), e.claimToken())).isTrue();
        }
      }
    }
    assertThat(queues.count(OutboxEntry.Status.DELIVERED)).isEqualTo(10);
    assertThat(queues.list(OutboxEntry.Status.DELIVERED)).extracting(OutboxEntry::sequence)
        .containsExactly(29_991L, 29_992L, 29_993L, 29_994L, 29_995L, 29_996L, 29_997L, 29_998L, 29_999L, 30_000L);
    assertThat(queues.count(OutboxEntry.Status.PENDING)).isZero();
  }

  @Test
  @DisplayName("a failure ends the claim on the messages behind it; they go out again after the failed one")
  void failureEndsTheRun() {
    OutboxQueues queues = new OutboxQueues();
    for (int i = 1; i <= 3; i++) {
      queues.add(message(i, 0));
    }
    long[] tokens = {0};
    List<OutboxEntry> run = queues.claim(T0, 10, 10, "a", T0.plusSeconds(60), () -> ++tokens[0]);
    assertThat(run).extracting(OutboxEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(queues.markDelivered(run.get(1).message().id(), run.get(1).claimToken())).as("out of order").isFalse();
    assertThat(queues.markDelivered(run.get(0).message().id(), run.get(0).claimToken())).isTrue();
    assertThat(queues.mark(run.get(1).message().id(), run.get(1).claimToken(), e -> new OutboxEntry(e.message(), e.sequence(),
        OutboxEntry.Status.PENDING, 1, T0.plusSeconds(30), Optional.of("busy"), e.claimToken()))).isTrue();
    assertThat(queues.markDelivered(run.get(2).message().id(), run.get(2).claimToken())).as("behind the failure").isFalse();
    assertThat(queues.markDelivered(run.get(1).message().id(), run.get(1).claimToken())).as("the failed one's ended claim").isFalse();
    assertThat(queues.claim(T0.plusSeconds(29), 10, 10, "b", T0.plusSeconds(90), () -> ++tokens[0])).as("before the retry").isEmpty();
    List<OutboxEntry> again = queues.claim(T0.plusSeconds(30), 10, 10, "b", T0.plusSeconds(90), () -> ++tokens[0]);
    assertThat(again).extracting(OutboxEntry::sequence).containsExactly(2L, 3L);
    assertThat(again.get(0).attempts()).isEqualTo(1);
  }

  @Test
  @DisplayName("a retention limit below zero is refused")
  void negativeRetention() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OutboxQueues(-1));
  }

  @Test
  @DisplayName("a lease that lapses lets the head go again, and the first token still marks it until then")
  void lapsedLease() {
    OutboxQueues queues = new OutboxQueues();
    queues.add(message(1, 0));
    queues.add(message(2, 0));
    long[] tokens = {0};
    OutboxEntry first = queues.claim(T0, 10, 1, "a", T0.plus(Duration.ofMinutes(5)), () -> ++tokens[0]).get(0);
    assertThat(queues.claim(T0.plusSeconds(60), 10, 1, "b", T0.plus(Duration.ofMinutes(6)), () -> ++tokens[0])).isEmpty();
    OutboxEntry again = queues.claim(T0.plus(Duration.ofMinutes(5)), 10, 1, "b", T0.plus(Duration.ofMinutes(10)), () -> ++tokens[0]).get(0);
    assertThat(again.sequence()).isEqualTo(first.sequence());
    assertThat(queues.markDelivered(first.message().id(), first.claimToken())).as("the lapsed token").isFalse();
    assertThat(queues.markDelivered(again.message().id(), again.claimToken())).isTrue();
    assertThat(queues.claim(T0.plus(Duration.ofMinutes(5)), 10, 1, "b", T0.plus(Duration.ofMinutes(10)), () -> ++tokens[0]))
        .extracting(OutboxEntry::sequence).containsExactly(2L);
  }
}
