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
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

/**
 * The due items of an {@link InMemoryStorage}, as a timer wheel: claiming {@code k} items costs
 * about O(k log b) for the {@code b} items of one time slot, not a scan and sort of all items, and
 * touches memory in the order the items fall due.
 *
 * <p>An item's kind, token and due time (nanoseconds since the epoch) live in columns indexed by
 * its key's entry in a {@link KeyTable}, which may be shared with other structures keyed by the
 * same strings; a kind of null means no item. Where an unclaimed item waits depends on its due
 * time's <em>slot</em> ({@code due >> shift}, about four seconds by default):
 *
 * <ul>
 *   <li>the <em>front</em>, a binary heap by (due time, key) of every unclaimed item in the slots
 *       already reached, the past included; an item's place in it is kept in its {@code prev}
 *       column, so it can be taken out;
 *   <li>a <em>slot</em> for each later time slot that holds items, in a map by slot number: a
 *       doubly linked list through the {@code next} and {@code prev} columns, in no order. When the
 *       front runs empty and the next slot's time has come, that slot's items move to the front.
 * </ul>
 *
 * <p>A claimed item, lease in force or lapsed, sits in the list of its <em>claim</em>: the items
 * one call claimed, with their owner and lease end; claims wait in a heap by lease end. The
 * {@code where} column says where an item is: {@link #FRONT}, {@link #SLOT}, or the index of its
 * claim. Due times beyond nanoseconds since the epoch (about the years 1678 and 2262) sort as the
 * smallest or largest value and are kept exactly in a side map; attributes, which few items have,
 * sit in another. A {@link DueItem} is only made when one is handed out or looked up.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class DueIndex {

  /** The default slot width: 2^32 ns, about 4.3 seconds. */
  static final int DEFAULT_SHIFT = 32;

  private static final int NONE = -1;
  private static final int FRONT = -2;
  private static final int SLOT = -3;
  private static final int END = -1; // the end of a linked list

  /** One time slot's items, linked through the columns. */
  private static final class Slot {
    final long number;
    int head = END;
    int count;

    Slot(long number) {
      this.number = number;
    }
  }

  /** The items one call claimed: who, until when, and the list of those still claimed by it. */
  private static final class Claim {
    final Optional<String> owner;
    final Instant until;
    final Optional<Instant> untilAsOptional;
    int head = END;
    int count;
    int heapIndex;

    Claim(String owner, Instant until) {
      this.owner = Optional.of(owner);
      this.until = until;
      this.untilAsOptional = Optional.of(until);
    }
  }

  private static final long NANOS = 1_000_000_000L;
  private static final long MAX_EXACT_SECOND = Long.MAX_VALUE / NANOS - 1;

  private final KeyTable keyTable;
  private final IntPredicate usedElsewhere;
  private final int shift;

  // columns, by entry
  private String[] kinds = new String[0];
  private long[] tokens = new long[0];
  private long[] due = new long[0];
  private int[] next = new int[0];
  private int[] prev = new int[0];
  private int[] where = new int[0];
  private int size;
  private final Map<String, Map<String, String>> attributes = new HashMap<>();
  /** Which entries have attributes, a bit each: most items have none, and are handed out without a look-up. */
  private long[] withAttributes = new long[0];
  private final Map<Integer, Instant> farDue = new HashMap<>();

  // the front: a binary heap by (due, key)
  private int[] front = new int[64];
  private long[] frontDue = new long[64];
  private int frontSize;
  /** The first slot not in the front: every unclaimed item of an earlier slot is in the front. */
  private long frontEnd = Long.MIN_VALUE >> DEFAULT_SHIFT;

  private final TreeMap<Long, Slot> slots = new TreeMap<>();
  /** Slots used lately, by the low bits of their number: items rescheduled together mostly go to a few slots. */
  private final Slot[] recentSlots = new Slot[64];

  // claims, by index, and a heap of them by lease end
  private Claim[] claims = new Claim[16];
  private int[] freeClaims = new int[16];
  private int freeClaimCount;
  private int claimsUsed;
  private Claim[] leases = new Claim[16];
  private int leaseSize;

  /**
   * Creates an empty index with slots of the default width.
   *
   * @param keyTable where keys get their entries
   * @param usedElsewhere whether another structure still keeps something under an entry; if not,
   *     removing the entry's item gives the key up
   */
  DueIndex(KeyTable keyTable, IntPredicate usedElsewhere) {
    this(keyTable, usedElsewhere, DEFAULT_SHIFT);
  }

  /**
   * Creates an empty index.
   *
   * @param keyTable where keys get their entries
   * @param usedElsewhere whether another structure still keeps something under an entry
   * @param shift a slot is {@code 2^shift} nanoseconds wide, 1 to 62
   */
  DueIndex(KeyTable keyTable, IntPredicate usedElsewhere, int shift) {
    if (shift < 1 || shift > 62) {
      throw new IllegalArgumentException("shift must be 1 to 62, was " + shift);
    }
    this.keyTable = keyTable;
    this.usedElsewhere = usedElsewhere;
    this.shift = shift;
    this.frontEnd = Long.MIN_VALUE >> shift;
    keyTable.register(capacity -> {
      int old = where.length;
      kinds = Arrays.copyOf(kinds, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
      due = Arrays.copyOf(due, capacity);
      next = Arrays.copyOf(next, capacity);
      prev = Arrays.copyOf(prev, capacity);
      where = Arrays.copyOf(where, capacity);
      Arrays.fill(where, old, capacity, NONE);
      withAttributes = Arrays.copyOf(withAttributes, (capacity + 63) >>> 6);
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
    if (entry < 0) {
      return Optional.empty();
    }
    Claim claim = where[entry] >= 0 ? claims[where[entry]] : null;
    return Optional.of(claim == null ? item(entry, Optional.empty(), Optional.empty()) : item(entry, claim.owner, claim.untilAsOptional));
  }

  private DueItem item(int entry, Optional<String> claimedBy, Optional<Instant> claimedUntil) {
    String key = keyTable.key(entry);
    return new DueItem(key, kinds[entry], instant(entry, due[entry]),
        hasAttributes(entry) ? attributes.getOrDefault(key, Map.of()) : Map.of(), tokens[entry], claimedBy, claimedUntil);
  }

  private boolean hasAttributes(int entry) {
    return (withAttributes[entry >>> 6] & 1L << entry) != 0;
  }

  /** Forgets an entry's attributes, if it has any. */
  private void dropAttributes(int entry, String key) {
    if (hasAttributes(entry)) {
      withAttributes[entry >>> 6] &= ~(1L << entry);
      attributes.remove(key);
    }
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

  private static boolean isFar(long nanos) {
    return nanos == Long.MAX_VALUE || nanos == Long.MIN_VALUE;
  }

  private Instant instant(int entry, long nanos) {
    if (isFar(nanos)) {
      return farDue.get(entry);
    }
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  /** Orders (due, key) pairs. */
  private int compare(long dueA, int entryA, long dueB, int entryB) {
    int c = Long.compare(dueA, dueB);
    if (c == 0 && isFar(dueA)) {
      c = farDue.get(entryA).compareTo(farDue.get(entryB));
    }
    return c != 0 ? c : keyTable.key(entryA).compareTo(keyTable.key(entryB));
  }

  private boolean isDue(int entry, long nowNanos, Instant now) {
    long d = due[entry];
    if (isFar(d) || isFar(nowNanos)) {
      return !instant(entry, d).isAfter(now);
    }
    return d <= nowNanos;
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
      withAttributes[entry >>> 6] |= 1L << entry;
    } else {
      dropAttributes(entry, work.key());
    }
    long d = nanos(work.dueAt());
    if (isFar(d)) {
      farDue.put(entry, work.dueAt());
    } else if (!farDue.isEmpty()) {
      farDue.remove(entry);
    }
    due[entry] = d;
    wait(entry);
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
    dropAttributes(entry, key);
    if (!farDue.isEmpty()) {
      farDue.remove(entry);
    }
    kinds[entry] = null;
    if (!usedElsewhere.test(entry)) {
      keyTable.remove(entry);
    }
  }

  /** Puts an unclaimed item where it waits: the front if its slot was reached, else its slot. */
  private void wait(int entry) {
    long slot = due[entry] >> shift;
    if (slot < frontEnd) {
      pushFront(entry);
      return;
    }
    Slot s = slot(slot);
    if (s == null) {
      s = new Slot(slot);
      slots.put(slot, s);
      recentSlots[(int) slot & (recentSlots.length - 1)] = s;
    }
    link(entry, s.head);
    s.head = entry;
    s.count++;
    where[entry] = SLOT;
  }

  /** The slot of a number, or null. */
  private Slot slot(long number) {
    int i = (int) number & (recentSlots.length - 1);
    Slot s = recentSlots[i];
    if (s != null && s.number == number) {
      return s;
    }
    s = slots.get(number);
    if (s != null) {
      recentSlots[i] = s;
    }
    return s;
  }

  private void forgetSlot(Slot s) {
    slots.remove(s.number);
    int i = (int) s.number & (recentSlots.length - 1);
    if (recentSlots[i] == s) {
      recentSlots[i] = null;
    }
  }

  /** Takes an item out of wherever it is. */
  private void unlink(int entry) {
    int w = where[entry];
    if (w == FRONT) {
      removeFront(prev[entry]);
    } else if (w == SLOT) {
      Slot s = slot(due[entry] >> shift);
      s.head = unlinkFromList(entry, s.head);
      if (--s.count == 0) {
        forgetSlot(s);
      }
    } else if (w >= 0) {
      Claim c = claims[w];
      c.head = unlinkFromList(entry, c.head);
      if (--c.count == 0) {
        freeClaim(w);
      }
    }
    where[entry] = NONE;
  }

  /** Makes {@code entry} the head of a list whose head was {@code head}. */
  private void link(int entry, int head) {
    next[entry] = head;
    prev[entry] = END;
    if (head != END) {
      prev[head] = entry;
    }
  }

  /** Takes {@code entry} out of a list; returns the list's head afterwards. */
  private int unlinkFromList(int entry, int head) {
    int p = prev[entry];
    int n = next[entry];
    if (n != END) {
      prev[n] = p;
    }
    if (p != END) {
      next[p] = n;
      return head;
    }
    return n;
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
    // lapsed claims are rare (an instance died or overran its lease): their items, in order
    List<Claim> lapsedClaims = new ArrayList<>(0);
    while (leaseSize > 0 && !leases[0].until.isAfter(now)) {
      lapsedClaims.add(leases[0]);
      removeLease(0);
    }
    int[] lapsed = lapsedItems(lapsedClaims);
    Claim claim = null;
    int claimIndex = -1;
    List<DueItem> claimed = new ArrayList<>(Math.min(limit, 128));
    int nextLapsed = 0;
    while (claimed.size() < limit) {
      boolean frontIsDue = hasDueFront(nowNanos, now);
      int entry;
      if (nextLapsed < lapsed.length
          && (!frontIsDue || compare(due[lapsed[nextLapsed]], lapsed[nextLapsed], frontDue[0], front[0]) < 0)) {
        entry = lapsed[nextLapsed++];
        unlink(entry);
      } else if (frontIsDue) {
        entry = front[0];
        removeFront(0);
        where[entry] = NONE;
      } else {
        break;
      }
      if (claim == null) {
        claimIndex = newClaim(owner, until);
        claim = claims[claimIndex];
      }
      tokens[entry] = nextToken.getAsLong();
      link(entry, claim.head);
      claim.head = entry;
      claim.count++;
      where[entry] = claimIndex;
      claimed.add(item(entry, claim.owner, claim.untilAsOptional));
      keyTable.remember(entry); // its handler looks it up next
    }
    if (claim != null) {
      pushLease(claim);
    }
    for (Claim c : lapsedClaims) {
      if (c.count > 0) {
        pushLease(c); // not all taken this time: the lapsed claim stays as it was
      }
    }
    return claimed;
  }

  /** The items of lapsed claims, by (due, key). */
  private int[] lapsedItems(List<Claim> lapsedClaims) {
    if (lapsedClaims.isEmpty()) {
      return new int[0];
    }
    List<Integer> items = new ArrayList<>();
    for (Claim c : lapsedClaims) {
      for (int e = c.head; e != END; e = next[e]) {
        items.add(e);
      }
    }
    items.sort((a, b) -> compare(due[a], a, due[b], b));
    return items.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether the front's first item is due, moving the next slot into the front first if the front is empty and that slot's time has come. */
  private boolean hasDueFront(long nowNanos, Instant now) {
    while (frontSize == 0 && !slots.isEmpty()) {
      Slot s = slots.firstEntry().getValue();
      if (nowNanos != Long.MAX_VALUE && s.number << shift > nowNanos) {
        return false; // nothing in that slot is due yet
      }
      forgetSlot(s);
      frontEnd = s.number + 1;
      for (int e = s.head; e != END; ) {
        int n = next[e];
        pushFront(e);
        e = n;
      }
    }
    return frontSize > 0 && isDue(front[0], nowNanos, now);
  }

  /**
   * When {@code claim} would next hand out an item: the earliest due time of the unclaimed items,
   * and the earliest lease end of the claimed ones (a claimed item is due before its claim).
   *
   * @return the instant, or empty if nothing is scheduled
   */
  Optional<Instant> nextDueAt() {
    Instant first = null;
    if (frontSize > 0) {
      first = instant(front[0], frontDue[0]);
    } else if (!slots.isEmpty()) {
      int min = END;
      for (int e = slots.firstEntry().getValue().head; e != END; e = next[e]) {
        if (min == END || compare(due[e], e, due[min], min) < 0) {
          min = e;
        }
      }
      first = instant(min, due[min]);
    }
    if (leaseSize > 0 && (first == null || leases[0].until.isBefore(first))) {
      first = leases[0].until;
    }
    return Optional.ofNullable(first);
  }

  private static int grow(int length) {
    return length + Math.max(16, length >> 1);
  }

  // ---- the front: a binary heap by (due time, key) -----------------------------------------

  private void pushFront(int entry) {
    if (frontSize == front.length) {
      front = Arrays.copyOf(front, grow(front.length));
      frontDue = Arrays.copyOf(frontDue, front.length);
    }
    where[entry] = FRONT;
    siftUpFront(frontSize++, entry, due[entry]);
  }

  private void removeFront(int i) {
    int last = front[--frontSize];
    long lastDue = frontDue[frontSize];
    if (i == frontSize) {
      return;
    }
    siftDownFront(i, last, lastDue);
    if (front[i] == last) {
      siftUpFront(i, last, lastDue);
    }
  }

  private void siftUpFront(int i, int entry, long d) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (compare(d, entry, frontDue[parent], front[parent]) >= 0) {
        break;
      }
      placeFront(i, front[parent], frontDue[parent]);
      i = parent;
    }
    placeFront(i, entry, d);
  }

  private void siftDownFront(int i, int entry, long d) {
    int half = frontSize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < frontSize && compare(frontDue[right], front[right], frontDue[child], front[child]) < 0) {
        child = right;
      }
      if (compare(d, entry, frontDue[child], front[child]) <= 0) {
        break;
      }
      placeFront(i, front[child], frontDue[child]);
      i = child;
    }
    placeFront(i, entry, d);
  }

  private void placeFront(int i, int entry, long d) {
    front[i] = entry;
    frontDue[i] = d;
    prev[entry] = i;
  }

  // ---- claims, and the heap of them by lease end --------------------------------------------

  private int newClaim(String owner, Instant until) {
    int i;
    if (freeClaimCount > 0) {
      i = freeClaims[--freeClaimCount];
    } else {
      if (claimsUsed == claims.length) {
        claims = Arrays.copyOf(claims, claims.length * 2);
      }
      i = claimsUsed++;
    }
    claims[i] = new Claim(owner, until);
    claims[i].heapIndex = -1;
    return i;
  }

  /** Lets an empty claim go. */
  private void freeClaim(int i) {
    Claim c = claims[i];
    if (c.heapIndex >= 0) {
      removeLease(c.heapIndex);
    }
    claims[i] = null;
    if (freeClaimCount == freeClaims.length) {
      freeClaims = Arrays.copyOf(freeClaims, freeClaims.length * 2);
    }
    freeClaims[freeClaimCount++] = i;
  }

  private void pushLease(Claim claim) {
    if (leaseSize == leases.length) {
      leases = Arrays.copyOf(leases, grow(leases.length));
    }
    siftUpLease(leaseSize++, claim);
  }

  private void removeLease(int i) {
    Claim removed = leases[i];
    Claim last = leases[--leaseSize];
    leases[leaseSize] = null;
    removed.heapIndex = -1;
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
      p.heapIndex = i;
      i = parent;
    }
    leases[i] = claim;
    claim.heapIndex = i;
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
      c.heapIndex = i;
      i = child;
    }
    leases[i] = claim;
    claim.heapIndex = i;
  }
}
