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
import java.util.function.LongSupplier;

/**
 * The due items of an {@link InMemoryStorage}, as a timer index: claiming {@code k} of {@code n}
 * items costs O(k log n), not a scan and sort of all {@code n}.
 *
 * <p>An item's kind and token live in columns indexed by its key's entry in a {@link KeyTable},
 * which may be shared with other structures keyed by the same strings; a kind of null means no
 * item. An unclaimed item sits in the <em>ready</em> heap, ordered by (due time, key), a four-ary heap which holds
 * each item's due time (nanoseconds since the epoch) beside its entry, so that sifting reads
 * neighbouring memory; a claimed one, lease in force or lapsed, sits in the <em>lease</em> heap,
 * ordered by the end of its lease, with its {@link Claim}, which holds its due time. An entry's
 * {@code heapIndex} says where it is: {@code i >= 0} at {@code ready[i]}, {@code i < 0} at
 * {@code leases[-i - 1]}. Due times beyond nanoseconds since the epoch (about the years 1678 and
 * 2262) sort as the smallest or largest value and are kept exactly in a side map; attributes,
 * which few items have, sit in another. A {@link DueItem} is only made when one is handed out.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class DueIndex {

  /** A claim on an item: in force until {@code until}, lapsed after. */
  private static final class Claim {
    final int entry;
    final long due;
    final String owner;
    final Instant until;

    Claim(int entry, long due, String owner, Instant until) {
      this.entry = entry;
      this.due = due;
      this.owner = owner;
      this.until = until;
    }
  }

  private static final long NANOS = 1_000_000_000L;
  private static final long MAX_EXACT_SECOND = Long.MAX_VALUE / NANOS - 1;

  private final KeyTable keyTable;
  private final IntPredicate usedElsewhere;

  // columns, by entry
  private String[] kinds = new String[0];
  private long[] tokens = new long[0];
  private int[] heapIndex = new int[0];
  private int size;
  private final Map<String, Map<String, String>> attributes = new HashMap<>();
  private final Map<Integer, Instant> farDue = new HashMap<>();

  private int[] ready = new int[16];
  private long[] readyDue = new long[16];
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

  private int entryOf(String key) {
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
    int entry = entryOf(key);
    return entry < 0 ? -1 : tokens[entry];
  }

  /**
   * An item as the port shows it.
   *
   * @param key the key
   * @return the item, or empty
   */
  Optional<DueItem> find(String key) {
    int entry = entryOf(key);
    return entry < 0 ? Optional.empty() : Optional.of(item(entry));
  }

  private DueItem item(int entry) {
    int h = heapIndex[entry];
    Claim claim = h < 0 ? leases[-h - 1] : null;
    String key = keyTable.key(entry);
    return new DueItem(key, kinds[entry], instant(entry, claim == null ? readyDue[h] : claim.due),
        attributes.isEmpty() ? Map.of() : attributes.getOrDefault(key, Map.of()), tokens[entry],
        claim == null ? Optional.empty() : Optional.of(claim.owner),
        claim == null ? Optional.empty() : Optional.of(claim.until));
  }

  // ---- due times as nanoseconds ------------------------------------------------------------

  private static long nanos(Instant t) {
    long second = t.getEpochSecond();
    if (second > MAX_EXACT_SECOND) {
      return Long.MAX_VALUE;
    }
    if (second < -MAX_EXACT_SECOND) {
      return Long.MIN_VALUE;
    }
    return second * NANOS + t.getNano();
  }

  private Instant instant(int entry, long due) {
    if (due == Long.MAX_VALUE || due == Long.MIN_VALUE) {
      return farDue.get(entry);
    }
    return Instant.ofEpochSecond(Math.floorDiv(due, NANOS), Math.floorMod(due, NANOS));
  }

  private int compare(long dueA, int entryA, long dueB, int entryB) {
    int c = Long.compare(dueA, dueB);
    if (c == 0 && (dueA == Long.MAX_VALUE || dueA == Long.MIN_VALUE)) {
      c = farDue.get(entryA).compareTo(farDue.get(entryB));
    }
    return c != 0 ? c : keyTable.key(entryA).compareTo(keyTable.key(entryB));
  }

  // ---- changes -----------------------------------------------------------------------------

  /**
   * Schedules work, replacing (and unclaiming) any item under its key.
   *
   * @param work the work
   * @param token the item's new token
   */
  void schedule(ScheduledWork work, long token) {
    int entry = keyTable.add(work.key());
    if (kinds[entry] != null) {
      unlink(entry);
    } else {
      size++;
    }
    if (!work.kind().equals(kinds[entry])) {
      kinds[entry] = work.kind(); // the same kind again writes no reference
    }
    tokens[entry] = token;
    if (!work.attributes().isEmpty()) {
      attributes.put(work.key(), work.attributes());
    } else if (!attributes.isEmpty()) {
      attributes.remove(work.key());
    }
    long due = nanos(work.dueAt());
    if (due == Long.MAX_VALUE || due == Long.MIN_VALUE) {
      farDue.put(entry, work.dueAt());
    } else if (!farDue.isEmpty()) {
      farDue.remove(entry);
    }
    pushReady(entry, due);
  }

  /**
   * Removes an item: completed or cancelled.
   *
   * @param key the key; an unknown key is ignored
   */
  void remove(String key) {
    int entry = entryOf(key);
    if (entry < 0) {
      return;
    }
    unlink(entry);
    size--;
    if (!attributes.isEmpty()) {
      attributes.remove(key);
    }
    if (!farDue.isEmpty()) {
      farDue.remove(entry);
    }
    kinds[entry] = null;
    if (!usedElsewhere.test(entry)) {
      keyTable.remove(entry);
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
  List<DueItem> claim(Instant now, int limit, String owner, Instant until, LongSupplier nextToken) {
    long nowNanos = nanos(now);
    // lapsed claims are rare (an instance died or overran its lease): take them all out, in order
    List<Claim> lapsed = new ArrayList<>(0);
    while (leaseSize > 0 && !leases[0].until.isAfter(now)) {
      lapsed.add(leases[0]);
      removeLease(0);
    }
    lapsed.sort((a, b) -> compare(a.due, a.entry, b.due, b.entry));
    List<DueItem> claimed = new ArrayList<>(Math.min(limit, readySize + lapsed.size()));
    int nextLapsed = 0;
    while (claimed.size() < limit) {
      boolean readyIsDue = readySize > 0 && isDue(0, nowNanos, now);
      int entry;
      long due;
      if (nextLapsed < lapsed.size()
          && (!readyIsDue || compare(lapsed.get(nextLapsed).due, lapsed.get(nextLapsed).entry, readyDue[0], ready[0]) < 0)) {
        Claim c = lapsed.get(nextLapsed++);
        entry = c.entry;
        due = c.due;
      } else if (readyIsDue) {
        entry = ready[0];
        due = readyDue[0];
        removeReady(0);
      } else {
        break;
      }
      tokens[entry] = nextToken.getAsLong();
      pushLease(new Claim(entry, due, owner, until));
      claimed.add(item(entry));
      keyTable.remember(entry); // its handler looks it up next
    }
    for (int i = nextLapsed; i < lapsed.size(); i++) {
      pushLease(lapsed.get(i)); // not taken this time: the lapsed claim stays as it was
    }
    return claimed;
  }

  private boolean isDue(int heapPosition, long nowNanos, Instant now) {
    long due = readyDue[heapPosition];
    if (due == Long.MAX_VALUE || due == Long.MIN_VALUE || nowNanos == Long.MAX_VALUE || nowNanos == Long.MIN_VALUE) {
      return !instant(ready[heapPosition], due).isAfter(now);
    }
    return due <= nowNanos;
  }

  /**
   * When {@code claim} would next hand out an item: the earliest due time of the unclaimed items,
   * and the earliest lease end of the claimed ones (a claimed item is due before its claim).
   *
   * @return the instant, or empty if nothing is scheduled
   */
  Optional<Instant> nextDueAt() {
    Instant first = readySize == 0 ? null : instant(ready[0], readyDue[0]);
    if (leaseSize > 0 && (first == null || leases[0].until.isBefore(first))) {
      first = leases[0].until;
    }
    return Optional.ofNullable(first);
  }

  private static int grow(int length) {
    return length + Math.max(16, length >> 3); // as KeyTable grows its columns
  }

  /** Takes an entry out of whichever heap holds it. */
  private void unlink(int entry) {
    int h = heapIndex[entry];
    if (h >= 0) {
      removeReady(h);
    } else {
      removeLease(-h - 1);
    }
  }

  // ---- the ready heap: by (due time, key) --------------------------------------------------

  private void pushReady(int entry, long due) {
    if (readySize == ready.length) {
      ready = Arrays.copyOf(ready, grow(ready.length));
      readyDue = Arrays.copyOf(readyDue, ready.length);
    }
    siftUpReady(readySize++, entry, due);
  }

  private void removeReady(int i) {
    int last = ready[--readySize];
    long lastDue = readyDue[readySize];
    if (i == readySize) {
      return;
    }
    siftDownReady(i, last, lastDue);
    if (ready[i] == last) {
      siftUpReady(i, last, lastDue);
    }
  }

  // four children a node: half the depth of a binary heap, and a node's children's due times share
  // a cache line, so a sift over a million items misses the cache about half as often

  private void siftUpReady(int i, int entry, long due) {
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      if (compare(due, entry, readyDue[parent], ready[parent]) >= 0) {
        break;
      }
      place(i, ready[parent], readyDue[parent]);
      i = parent;
    }
    place(i, entry, due);
  }

  private void siftDownReady(int i, int entry, long due) {
    while (true) {
      int first = 4 * i + 1;
      if (first >= readySize) {
        break;
      }
      int child = first;
      int end = Math.min(first + 4, readySize);
      for (int c = first + 1; c < end; c++) {
        if (compare(readyDue[c], ready[c], readyDue[child], ready[child]) < 0) {
          child = c;
        }
      }
      if (compare(due, entry, readyDue[child], ready[child]) <= 0) {
        break;
      }
      place(i, ready[child], readyDue[child]);
      i = child;
    }
    place(i, entry, due);
  }

  private void place(int i, int entry, long due) {
    ready[i] = entry;
    readyDue[i] = due;
    heapIndex[entry] = i;
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
      heapIndex[p.entry] = -i - 1;
      i = parent;
    }
    leases[i] = claim;
    heapIndex[claim.entry] = -i - 1;
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
      heapIndex[c.entry] = -i - 1;
      i = child;
    }
    leases[i] = claim;
    heapIndex[claim.entry] = -i - 1;
  }
}
