package dev.kefu.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The in-memory timer index behaves exactly like the obvious implementation (a map of items,
 * scanned and sorted on every claim): same items claimed, in the same order, with the same
 * tokens and claims; same look-ups; same next due instant — for any sequence of schedules,
 * removals and claims, with claimers whose clocks disagree, leases that lapse, and due times far
 * in the past and the future; and for time slots from a few nanoseconds to many minutes wide.
 */
class DueIndexProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  /** Time slots of 16 ns (an item a slot), about a microsecond, a second, the default four seconds, and 18 minutes (one slot). */
  private static final int[] SHIFTS = {4, 10, 30, DueIndex.DEFAULT_SHIFT, 40};

  /** One step: op 0-3 schedule, 4 remove, 5-7 claim; the other numbers pick keys, times and limits. */
  record Step(int op, int key, int seconds, int n) {}

  static Gen<Step> steps() {
    return integers().between(0, 7).zip(integers().between(0, 11), integers().between(-5, 40), integers().between(0, 5),
        Step::new);
  }

  /** The reference: what InMemoryStorage did before it had an index. */
  static final class Naive {
    final Map<String, DueItem> due = new HashMap<>();

    void schedule(ScheduledWork s, long token) {
      due.put(s.key(), new DueItem(s.key(), s.kind(), s.dueAt(), s.attributes(), token, Optional.empty(), Optional.empty()));
    }

    List<DueItem> claim(Instant now, int limit, String owner, Instant until, java.util.function.LongSupplier tokens) {
      List<DueItem> claimable = due.values().stream()
          .filter(i -> !i.dueAt().isAfter(now) && !i.isClaimedAt(now))
          .sorted(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::key))
          .limit(limit)
          .toList();
      List<DueItem> claimed = new ArrayList<>();
      for (DueItem i : claimable) {
        DueItem c = new DueItem(i.key(), i.kind(), i.dueAt(), i.attributes(), tokens.getAsLong(), Optional.of(owner),
            Optional.of(until));
        due.put(c.key(), c);
        claimed.add(c);
      }
      return claimed;
    }

    Optional<Instant> nextDueAt() {
      return due.values().stream()
          .map(i -> i.claimedUntil().filter(until -> until.isAfter(i.dueAt())).orElse(i.dueAt()))
          .min(Comparator.naturalOrder());
    }
  }

  @Test
  @DisplayName("the timer index claims, finds and reports the next due instant exactly as a scan and sort would")
  void sameAsScanAndSort() {
    qt().withExamples(600).forAll(lists().of(steps()).ofSizeBetween(1, 200), integers().between(0, 4)).checkAssert((run, width) -> {
      DueIndex index = new DueIndex(new KeyTable(), entry -> false, SHIFTS[width]);
      Naive naive = new Naive();
      long[] indexTokens = {0};
      long[] naiveTokens = {0};
      for (Step step : run) {
        String key = "k-" + step.key();
        Instant at = T0.plusSeconds(step.seconds()).plusNanos(step.n() * 1000L);
        if (step.seconds() == 40) { // beyond what nanoseconds since the epoch can hold, both ways
          at = Instant.MAX.minusSeconds(step.n());
        } else if (step.seconds() == -5) {
          at = Instant.parse("1500-01-01T00:00:00Z").plusSeconds(step.n());
        }
        if (step.op() <= 3) {
          Map<String, String> attributes = step.op() == 0 ? Map.of("n", Integer.toString(step.n())) : Map.of();
          ScheduledWork work = new ScheduledWork(key, "kind-" + step.op(), at, attributes);
          index.schedule(work, ++indexTokens[0]);
          naive.schedule(work, ++naiveTokens[0]);
        } else if (step.op() == 4) {
          index.remove(key);
          naive.due.remove(key);
        } else {
          String owner = "owner-" + step.op();
          Instant until = at.isAfter(T0.plus(Duration.ofDays(1))) ? at : at.plus(Duration.ofSeconds(3 + step.key()));
          int limit = step.n() + 1;
          assertThat(index.claim(at, limit, owner, until, () -> ++indexTokens[0]))
              .as("claim at %s, limit %d", at, limit)
              .isEqualTo(naive.claim(at, limit, owner, until, () -> ++naiveTokens[0]));
        }
        assertThat(index.size()).isEqualTo(naive.due.size());
        assertThat(index.nextDueAt()).as("nextDueAt").isEqualTo(naive.nextDueAt());
        for (int k = 0; k < 12; k++) {
          assertThat(index.find("k-" + k)).as("k-%d", k).isEqualTo(Optional.ofNullable(naive.due.get("k-" + k)));
          assertThat(index.token("k-" + k)).isEqualTo(naive.due.containsKey("k-" + k) ? naive.due.get("k-" + k).token() : -1);
        }
      }
    });
  }

  @Test
  @DisplayName("the index grows and shrinks through many items, and hands them out in order")
  void manyItems() {
    for (int shift : SHIFTS) {
      manyItems(shift);
    }
  }

  private void manyItems(int shift) {
    DueIndex index = new DueIndex(new KeyTable(), entry -> false, shift);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      index.schedule(new ScheduledWork("item-" + i, "k", T0.plusSeconds((i * 7919L) % n), Map.of()), i + 1);
    }
    for (int i = 0; i < n; i += 3) {
      index.remove("item-" + i);
    }
    long[] tokens = {n};
    List<DueItem> all = new ArrayList<>();
    for (List<DueItem> batch = index.claim(T0.plusSeconds(n), 100, "a", T0.plusSeconds(2L * n), () -> ++tokens[0]);
        !batch.isEmpty(); batch = index.claim(T0.plusSeconds(n), 100, "a", T0.plusSeconds(2L * n), () -> ++tokens[0])) {
      all.addAll(batch);
    }
    assertThat(all).hasSize(n - (n + 2) / 3);
    assertThat(all).isSortedAccordingTo(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::key));
    all.forEach(i -> index.remove(i.key()));
    assertThat(index.size()).isZero();
    assertThat(index.nextDueAt()).isEmpty();
  }
}
