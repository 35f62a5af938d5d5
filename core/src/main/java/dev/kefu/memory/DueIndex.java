package dev.kefu.memory;

import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The due items of an {@link InMemoryStorage}, as a timer index: claiming {@code k} of {@code n}
 * items costs O(k log n), not a scan and sort of all {@code n}.
 *
 * <p>An item's fields (kind, due instant as epoch second and nano, token) live in columns indexed
 * by its key's entry in a {@link KeyTable}, which may be shared with other structures keyed by
 * the same strings; a kind of null means no item. An unclaimed item sits in the
 * <em>ready</em> heap, ordered by (due time, key); a claimed one, lease in force or lapsed, sits
 * in the <em>lease</em> heap, ordered by the end of its lease, with its {@link Claim}. A slot's
 * {@code heapIndex} says where it is: {@code i >= 0} at {@code ready[i]}, {@code i < 0} at
 * {@code leases[-i - 1]}. Attributes, which few items have, sit in a side map. A
 * {@link DueItem} is only made when one is handed out.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class DueIndex {

  /** A claim on an item: in force until {@code until}, lapsed after. */
  private static final class Claim {
    final int slot;
    final String owner;
    final Instant until;

    Claim(int slot, String owner, Instant until) {
      this.slot = slot;
      this.owner = owner;
      this.until = until;
    }
  }

  private final KeyTable keyTable;
  private final IntPredicate usedElsewhere;

  // columns, by entry
  private String[] kinds = new String[0];
  private long[] dueSeconds = new long[0];
  private int[] dueNanos = new int[0];
  private long[] tokens = new long[0];
  private int[] heapIndex = new int[0];
  private int size;
  private final Map<String, Map<String, String>> attributes = new HashMap<>();

  private int[] ready = new int[16];
  private int readySize;
  private Claim[] leases = new Claim[16];
  private int leaseSize;

  /**
   * Creates an empty index.
   *
   * @param keyTable where keys get their entries
   * @param usedElsewhere whether another structure still keeps something under an entry; if not,
   *     removing the entry's item gives the key up
   */
  DueIndex(KeyTable keyTable, IntPredicate usedElsewhere) {
    this.keyTable = keyTable;
    this.usedElsewhere = usedElsewhere;
    keyTable.register(capacity -> {
      kinds = Arrays.copyOf(kinds, capacity);
      dueSeconds = Arrays.copyOf(dueSeconds, capacity);
      dueNanos = Arrays.copyOf(dueNanos, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
      heapIndex = Arrays.copyOf(heapIndex, capacity);
    });
  }

  /** @return how many items are scheduled */
  int size() {
    return size;
  }

  /**
   * Whether an item is scheduled under an entry.
   *
   * @param entry the entry
   * @return true if so
   */
  boolean holds(int entry) {
    return kinds[entry] != null;
  }

  private int slotOf(String key) {
    int entry = keyTable.find(key);
    return entry >= 0 && kinds[entry] != null ? entry : -1;
  }

  /**
   * The token of an item.
   *
   * @param key the key
   * @return the token, or -1 if nothing is scheduled under the key (tokens are positive)
   */
  long token(String key) {
    int slot = slotOf(key);
    return slot < 0 ? -1 : tokens[slot];
  }

  /**
   * An item as the port shows it.
   *
   * @param key the key
   * @return the item, or empty
   */
  Optional<DueItem> find(String key) {
    int slot = slotOf(key);
    return slot < 0 ? Optional.empty() : Optional.of(item(slot));
  }

  private DueItem item(int slot) {
    Claim claim = heapIndex[slot] < 0 ? leases[-heapIndex[slot] - 1] : null;
    String key = keyTable.key(slot);
    return new DueItem(key, kinds[slot], Instant.ofEpochSecond(dueSeconds[slot], dueNanos[slot]),
        attributes.isEmpty() ? Map.of() : attributes.getOrDefault(key, Map.of()), tokens[slot],
        claim == null ? Optional.empty() : Optional.of(claim.owner),
        claim == null ? Optional.empty() : Optional.of(claim.until));
  }

  // ---- changes -----------------------------------------------------------------------------

  /**
   * Schedules work, replacing (and unclaiming) any item under its key.
   *
   * @param work the work
   * @param token the item's new token
   */
  void schedule(ScheduledWork work, long token) {
    int slot = keyTable.add(work.key());
    if (kinds[slot] != null) {
      unlink(slot);
    } else {
      size++;
    }
    if (!work.kind().equals(kinds[slot])) {
      kinds[slot] = work.kind(); // the same kind again writes no reference
    }
    dueSeconds[slot] = work.dueAt().getEpochSecond();
    dueNanos[slot] = work.dueAt().getNano();
    tokens[slot] = token;
    if (!work.attributes().isEmpty()) {
      attributes.put(work.key(), work.attributes());
    } else if (!attributes.isEmpty()) {
      attributes.remove(work.key());
    }
    pushReady(slot);
  }

  /**
   * Removes an item: completed or cancelled.
   *
   * @param key the key; an unknown key is ignored
   */
  void remove(String key) {
    int slot = slotOf(key);
    if (slot < 0) {
      return;
    }
    unlink(slot);
    size--;
    if (!attributes.isEmpty()) {
      attributes.remove(key);
    }
    kinds[slot] = null;
    if (!usedElsewhere.test(slot)) {
      keyTable.remove(slot);
    }
  }

  /**
   * Claims due items: unclaimed ones due at or before {@code now}, and claimed ones whose lease
   * ended at or before it, in (due time, key) order; each gets a new token.
   *
   * @param now the time
   * @param limit the most items
   * @param owner the claimer
   * @param until when the new claims lapse
   * @param nextToken issues tokens
   * @return the claimed items
   */
  List<DueItem> claim(Instant now, int limit, String owner, Instant until, java.util.function.LongSupplier nextToken) {
    long nowSecond = now.getEpochSecond();
    int nowNano = now.getNano();
    // lapsed claims are rare (an instance died or overran its lease): take them all out, in order
    List<Claim> lapsed = new ArrayList<>(0);
    while (leaseSize > 0 && !leases[0].until.isAfter(now)) {
      lapsed.add(leases[0]);
      removeLease(0);
    }
    lapsed.sort((a, b) -> compareSlots(a.slot, b.slot));
    List<DueItem> claimed = new ArrayList<>(Math.min(limit, readySize + lapsed.size()));
    int nextLapsed = 0;
    while (claimed.size() < limit) {
      boolean readyDue = readySize > 0 && compareDue(ready[0], nowSecond, nowNano) <= 0;
      int slot;
      if (nextLapsed < lapsed.size() && (!readyDue || compareSlots(lapsed.get(nextLapsed).slot, ready[0]) < 0)) {
        slot = lapsed.get(nextLapsed++).slot;
      } else if (readyDue) {
        slot = ready[0];
        removeReady(0);
      } else {
        break;
      }
      tokens[slot] = nextToken.getAsLong();
      pushLease(new Claim(slot, owner, until));
      claimed.add(item(slot));
    }
    for (int i = nextLapsed; i < lapsed.size(); i++) {
      pushLease(lapsed.get(i)); // not taken this time: the lapsed claim stays as it was
    }
    return claimed;
  }

  /**
   * When {@code claim} would next hand out an item: the earliest due time of the unclaimed items,
   * and the earliest lease end of the claimed ones (a claimed item is due before its claim).
   *
   * @return the instant, or empty if nothing is scheduled
   */
  Optional<Instant> nextDueAt() {
    Instant first = readySize == 0 ? null : Instant.ofEpochSecond(dueSeconds[ready[0]], dueNanos[ready[0]]);
    if (leaseSize > 0 && (first == null || leases[0].until.isBefore(first))) {
      first = leases[0].until;
    }
    return Optional.ofNullable(first);
  }

  private static int grow(int length) {
    return length + (length >> 1) + 1;
  }

  /** Takes a slot out of whichever heap holds it. */
  private void unlink(int slot) {
    int h = heapIndex[slot];
    if (h >= 0) {
      removeReady(h);
    } else {
      removeLease(-h - 1);
    }
  }

  // ---- the ready heap: by (due time, key) --------------------------------------------------

  private int compareSlots(int a, int b) {
    int c = Long.compare(dueSeconds[a], dueSeconds[b]);
    if (c == 0) {
      c = Integer.compare(dueNanos[a], dueNanos[b]);
    }
    return c != 0 ? c : keyTable.key(a).compareTo(keyTable.key(b));
  }

  private int compareDue(int slot, long second, int nano) {
    int c = Long.compare(dueSeconds[slot], second);
    return c != 0 ? c : Integer.compare(dueNanos[slot], nano);
  }

  private void pushReady(int slot) {
    if (readySize == ready.length) {
      ready = Arrays.copyOf(ready, grow(ready.length));
    }
    siftUpReady(readySize++, slot);
  }

  private void removeReady(int i) {
    int last = ready[--readySize];
    if (i == readySize) {
      return;
    }
    siftDownReady(i, last);
    if (ready[i] == last) {
      siftUpReady(i, last);
    }
  }

  private void siftUpReady(int i, int slot) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = ready[parent];
      if (compareSlots(slot, p) >= 0) {
        break;
      }
      ready[i] = p;
      heapIndex[p] = i;
      i = parent;
    }
    ready[i] = slot;
    heapIndex[slot] = i;
  }

  private void siftDownReady(int i, int slot) {
    int half = readySize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int c = ready[child];
      int right = child + 1;
      if (right < readySize && compareSlots(ready[right], c) < 0) {
        child = right;
        c = ready[child];
      }
      if (compareSlots(slot, c) <= 0) {
        break;
      }
      ready[i] = c;
      heapIndex[c] = i;
      i = child;
    }
    ready[i] = slot;
    heapIndex[slot] = i;
  }

  // ---- the lease heap: by lease end --------------------------------------------------------

  private void pushLease(Claim claim) {
    if (leaseSize == leases.length) {
      leases = Arrays.copyOf(leases, grow(leases.length));
    }
    siftUpLease(leaseSize++, claim);
  }

  private void removeLease(int i) {
    Claim last = leases[--leaseSize];
    leases[leaseSize] = null;
    if (i == leaseSize) {
      return;
    }
    siftDownLease(i, last);
    if (leases[i] == last) {
      siftUpLease(i, last);
    }
  }

  private void siftUpLease(int i, Claim claim) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Claim p = leases[parent];
      if (!claim.until.isBefore(p.until)) {
        break;
      }
      leases[i] = p;
      heapIndex[p.slot] = -i - 1;
      i = parent;
    }
    leases[i] = claim;
    heapIndex[claim.slot] = -i - 1;
  }

  private void siftDownLease(int i, Claim claim) {
    int half = leaseSize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      Claim c = leases[child];
      int right = child + 1;
      if (right < leaseSize && leases[right].until.isBefore(c.until)) {
        child = right;
        c = leases[child];
      }
      if (!c.until.isBefore(claim.until)) {
        break;
      }
      leases[i] = c;
      heapIndex[c.slot] = -i - 1;
      i = child;
    }
    leases[i] = claim;
    heapIndex[claim.slot] = -i - 1;
  }
}
