package dev.kefu.memory;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The in-memory outbox behaves exactly like the obvious implementation (every entry in a map by
 * sequence, all pending ones walked on every claim): same entries claimed, with the same tokens;
 * same marks accepted; same lists — for any sequence of adds, claims at any time, and marks that
 * deliver, fail, park, or name a stale token.
 */
class OutboxQueuesProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  /** op 0-2 add to partition {@code a}, 3-4 claim at second {@code a} with limit {@code b}, 5-8 mark. */
  record Step(int op, int a, int b) {}

  static Gen<Step> steps() {
    return integers().between(0, 8).zip(integers().between(0, 5), integers().between(0, 4), Step::new);
  }

  /** The reference: the in-memory outbox before it had queues. */
  static final class Naive {
    private record Claim(String owner, Instant until) {}

    final TreeMap<Long, OutboxEntry> outbox = new TreeMap<>();
    final Map<Long, Claim> claims = new HashMap<>();
    final Map<UUID, Long> byId = new HashMap<>();

    void add(OutboxMessage m) {
      long seq = outbox.size() + 1L;
      outbox.put(seq, new OutboxEntry(m, seq, OutboxEntry.Status.PENDING, 0, m.createdAt(), Optional.empty(), 0));
      byId.put(m.id(), seq);
    }

    List<OutboxEntry> claim(Instant now, int limit, String owner, Instant until, java.util.function.LongSupplier tokens) {
      Set<String> headsSeen = new HashSet<>();
      List<OutboxEntry> claimed = new ArrayList<>();
      for (OutboxEntry e : outbox.values()) {
        if (claimed.size() >= limit) {
          break;
        }
        if (e.status() != OutboxEntry.Status.PENDING || !headsSeen.add(e.message().partitionKey())) {
          continue;
        }
        Claim claim = claims.get(e.sequence());
        if ((claim != null && now.isBefore(claim.until())) || e.nextAttemptAt().isAfter(now)) {
          continue;
        }
        OutboxEntry c = new OutboxEntry(e.message(), e.sequence(), e.status(), e.attempts(), e.nextAttemptAt(), e.lastError(),
            tokens.getAsLong());
        outbox.put(c.sequence(), c);
        claims.put(c.sequence(), new Claim(owner, until));
        claimed.add(c);
      }
      return claimed;
    }

    boolean mark(UUID id, long token, UnaryOperator<OutboxEntry> change) {
      Long seq = byId.get(id);
      OutboxEntry e = seq == null ? null : outbox.get(seq);
      if (e == null || token == 0 || e.claimToken() != token || e.status() != OutboxEntry.Status.PENDING) {
        return false;
      }
      outbox.put(seq, change.apply(e));
      claims.remove(seq);
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

  @Test
  @DisplayName("the outbox claims, marks and lists exactly as walking every pending message would")
  void sameAsWalkingEverything() {
    qt().withExamples(400).forAll(lists().of(steps()).ofSizeBetween(1, 150)).checkAssert(run -> {
      OutboxQueues queues = new OutboxQueues();
      Naive naive = new Naive();
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
          List<OutboxEntry> got = queues.claim(now, step.b() + 1, "o" + step.op(), until, () -> ++queueTokens[0]);
          assertThat(got).isEqualTo(naive.claim(now, step.b() + 1, "o" + step.op(), until, () -> ++naiveTokens[0]));
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
    });
  }

  @Test
  @DisplayName("a lease that lapses lets the head go again, and the first token still marks it until then")
  void lapsedLease() {
    OutboxQueues queues = new OutboxQueues();
    queues.add(message(1, 0));
    queues.add(message(2, 0));
    long[] tokens = {0};
    OutboxEntry first = queues.claim(T0, 10, "a", T0.plus(Duration.ofMinutes(5)), () -> ++tokens[0]).get(0);
    assertThat(queues.claim(T0.plusSeconds(60), 10, "b", T0.plus(Duration.ofMinutes(6)), () -> ++tokens[0])).isEmpty();
    OutboxEntry again = queues.claim(T0.plus(Duration.ofMinutes(5)), 10, "b", T0.plus(Duration.ofMinutes(10)), () -> ++tokens[0]).get(0);
    assertThat(again.sequence()).isEqualTo(first.sequence());
    assertThat(queues.markDelivered(first.message().id(), first.claimToken())).as("the lapsed token").isFalse();
    assertThat(queues.markDelivered(again.message().id(), again.claimToken())).isTrue();
    assertThat(queues.claim(T0.plus(Duration.ofMinutes(5)), 10, "b", T0.plus(Duration.ofMinutes(10)), () -> ++tokens[0]))
        .extracting(OutboxEntry::sequence).containsExactly(2L);
  }
}
