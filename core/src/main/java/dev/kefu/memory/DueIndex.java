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

/**
 * The due items of an {@link InMemoryStorage}, as a timer index: claiming {@code k} of {@code n}
 * items costs O(k log n), not a scan and sort of all {@code n}.
 *
 * <p>Each item lives in a slot of parallel arrays (key, kind, due instant as epoch second and
 * nano, token), found by key through an open-addressing hash table. An unclaimed item sits in the
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

  private static final int MIN_CAPACITY = 16;

  // slots
  private String[] keys = new String[MIN_CAPACITY];
  private String[] kinds = new String[MIN_CAPACITY];
  private long[] dueSeconds = new long[MIN_CAPACITY];
  private int[] dueNanos = new int[MIN_CAPACITY];
  private long[] tokens = new long[MIN_CAPACITY];
  private int[] heapIndex = new int[MIN_CAPACITY];
  private int slotsUsed; // slots [0, slotsUsed) were handed out at least once
  private int[] freeSlots = new int[MIN_CAPACITY];
  private int freeCount;
  private final Map<String, Map<String, String>> attributes = new HashMap<>();

  // key -> slot + 1, 0 for empty; linear probing, capacity a power of two, at most 3/4 full
  private int[] table = new int[MIN_CAPACITY * 2];
  private int size;

  private int[] ready = new int[MIN_CAPACITY];
  private int readySize;
  private Claim[] leases = new Claim[MIN_CAPACITY];
  private int leaseSize;

  /** @return how many items are scheduled */
  int size() {
    return size;
  }

  // ---- look-up -----------------------------------------------------------------------------

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /** The table position holding {@code key}, or the empty position where it would go. */
  private int position(String key) {
    int mask = table.length - 1;
    for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      int s = table[i];
      if (s == 0 || keys[s - 1].equals(key)) {
        return i;
      }
    }
  }

  private int slotOf(String key) {
    return table[position(key)] - 1;
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
    return new DueItem(keys[slot], kinds[slot], Instant.ofEpochSecond(dueSeconds[slot], dueNanos[slot]),
        attributes.getOrDefault(keys[slot], Map.of()), tokens[slot],
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
    int pos = position(work.key());
    int slot = table[pos] - 1;
    if (slot >= 0) {
      unlink(slot);
    } else {
      slot = newSlot();
      keys[slot] = work.key();
      table[pos] = slot + 1;
      size++;
      if (size > table.length - (table.length >>> 2)) {
        rehash(table.length * 2);
      }
    }
    kinds[slot] = work.kind();
    dueSeconds[slot] = work.dueAt().getEpochSecond();
    dueNanos[slot] = work.dueAt().getNano();
    tokens[slot] = token;
    if (work.attributes().isEmpty()) {
      attributes.remove(work.key());
    } else {
      attributes.put(work.key(), work.attributes());
    }
    pushReady(slot);
  }

  /**
   * Removes an item: completed or cancelled.
   *
   * @param key the key; an unknown key is ignored
   */
  void remove(String key) {
    int pos = position(key);
    int slot = table[pos] - 1;
    if (slot < 0) {
      return;
    }
    unlink(slot);
    deleteAt(pos);
    size--;
    attributes.remove(key);
    keys[slot] = null;
    kinds[slot] = null;
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, grow(freeSlots.length));
    }
    freeSlots[freeCount++] = slot;
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

  // ---- slots and the table -----------------------------------------------------------------

  private int newSlot() {
    if (freeCount > 0) {
      return freeSlots[--freeCount];
    }
    if (slotsUsed == keys.length) {
      int n = grow(keys.length);
      keys = Arrays.copyOf(keys, n);
      kinds = Arrays.copyOf(kinds, n);
      dueSeconds = Arrays.copyOf(dueSeconds, n);
      dueNanos = Arrays.copyOf(dueNanos, n);
      tokens = Arrays.copyOf(tokens, n);
      heapIndex = Arrays.copyOf(heapIndex, n);
    }
    return slotsUsed++;
  }

  private static int grow(int length) {
    return length + (length >> 1) + 1;
  }

  private void rehash(int capacity) {
    int[] old = table;
    table = new int[capacity];
    int mask = capacity - 1;
    for (int s : old) {
      if (s != 0) {
        int i = spread(keys[s - 1].hashCode()) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = s;
      }
    }
  }

  /** Empties a table position, moving later entries of its probe run back (no tombstones). */
  private void deleteAt(int pos) {
    int mask = table.length - 1;
    int hole = pos;
    for (int i = (pos + 1) & mask; table[i] != 0; i = (i + 1) & mask) {
      int home = spread(keys[table[i] - 1].hashCode()) & mask;
      // move the entry at i into the hole if its home does not lie cyclically in (hole, i]
      if (((i - home) & mask) >= ((i - hole) & mask)) {
        table[hole] = table[i];
        hole = i;
      }
    }
    table[hole] = 0;
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
    return c != 0 ? c : keys[a].compareTo(keys[b]);
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
