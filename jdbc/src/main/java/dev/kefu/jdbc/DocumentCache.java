package dev.kefu.jdbc;

import dev.kefu.spi.Aggregate;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Aggregates as decoded from their stored JSON, each under its type, id and version: a document
 * is decoded once per version, not at every read. Sound because a version is written once — every
 * write is a compare-and-set that moves the version on — so the same id and version always hold
 * the same document; values are immutable, so one decoded value serves every reader. A read still
 * goes to the database (for the version and, on a miss, the body); the cache only spares the
 * decoding. A committed write puts what it wrote, so the next reader finds it decoded.
 *
 * <p>Bounded: past its capacity it forgets about a fifth of its entries, those not read since the
 * last time it forgot (a second chance, as in the CLOCK page-replacement policy), so that what is
 * read again and again — a shop's customers, read by every command on their tickets — stays while
 * the stream of aggregates read once passes through. (It forgot in no particular order before; at
 * 20,000 tickets the customers were then decoded at nearly every read.) Thread-safe.
 */
final class DocumentCache {

  private record Key(String type, String id) {
  }

  /** A kept version, and whether it was read since the cache last forgot. */
  private static final class Entry {
    final long version;
    final Aggregate value;
    volatile boolean read;

    Entry(long version, Aggregate value) {
      this.version = version;
      this.value = value;
    }
  }

  private final int capacity;
  private final ConcurrentHashMap<Key, Entry> entries;

  /** @param capacity how many aggregates to keep decoded; 0 keeps none */
  DocumentCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    this.capacity = capacity;
    this.entries = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
  }

  /** @return the aggregate decoded at that version, or null if it is not kept */
  Aggregate get(String type, String id, long version) {
    if (capacity == 0) {
      return null;
    }
    Entry e = entries.get(new Key(type, id));
    if (e == null || e.version != version) {
      return null;
    }
    if (!e.read) {
      e.read = true;
    }
    return e.value;
  }

  /** Keeps an aggregate as stored at its version, unless a later version is kept already. */
  void put(Aggregate value) {
    if (capacity == 0) {
      return;
    }
    entries.merge(new Key(value.aggregateType(), value.aggregateId()), new Entry(value.version(), value),
        (kept, offered) -> offered.version >= kept.version ? offered : kept);
    if (entries.size() > capacity) {
      forgetSome();
    }
  }

  /**
   * Forgets entries down to four fifths of the capacity: first those not read since the last time
   * (every entry read since loses that mark, so it must be read again to be spared next time),
   * then, if still too many, any.
   */
  private void forgetSome() {
    int excess = entries.size() - (capacity - Math.max(1, capacity / 5)); // size() sums counters: once
    Iterator<Entry> all = entries.values().iterator();
    while (all.hasNext()) {
      Entry e = all.next();
      if (e.read) {
        e.read = false;
      } else if (excess > 0) {
        all.remove();
        excess--;
      }
    }
    Iterator<Entry> any = entries.values().iterator();
    while (excess > 0 && any.hasNext()) {
      any.next();
      any.remove();
      excess--;
    }
  }

  /** @return how many aggregates are kept */
  int size() {
    return entries.size();
  }
}
