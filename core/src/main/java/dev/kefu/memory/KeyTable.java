package dev.kefu.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * String keys, each with an entry number that stays the same while the key is held: the
 * structures of an {@link InMemoryStorage} keep what they know about a key in columns (arrays)
 * indexed by its entry. An SLA clock's id is also its timer's due key and its events' aggregate id,
 * so one look-up finds the clock, its timer and its events.
 *
 * <p>Open addressing with linear probing, at most three quarters full. Each slot of the table
 * holds {@code entry + 1} in its low bits and a fingerprint of the key's hash in its high bits, so a
 * probe rarely has to read a key that is not the one it looks for. Keys are hashed with
 * {@link #hash(CharSequence, int, int)}, not {@link String#hashCode()}: ids that differ in a few
 * characters (counters in base 36, say) share {@code hashCode}s far too often. Keys looked up lately
 * are remembered by identity with their hash and entry, because a unit of work names the same key
 * string several times.
 *
 * <p>Not thread-safe: the storage's lock guards every call. {@link #find} only writes that memory
 * of recent look-ups, one immutable object per slot, so readers holding a shared lock may call it
 * at once.
 */
final class KeyTable {

  /** Something that keeps a column per entry, and must grow with the entries. */
  interface Column {
    /**
     * Makes room for entries below {@code capacity}.
     *
     * @param capacity the new capacity
     */
    void grow(int capacity);
  }

  private static final int MIN_ENTRIES = 16;

  private String[] keys = new String[MIN_ENTRIES];
  private int entriesUsed;
  private int[] free = new int[0];
  private int freeCount;
  private int size;
  private final List<Column> columns = new ArrayList<>();

  private int[] table = new int[MIN_ENTRIES * 2];
  private int entryBits; // table slot = fingerprint << entryBits | (entry + 1)

  /**
   * A key looked up lately, its hash (if {@code hashed}) and entry (or -1): one immutable object,
   * as readers share it.
   */
  private record Last(String key, int hash, boolean hashed, int entry) {}

  /** Keys looked up lately, by identity, in slots chosen by their (cached) {@code hashCode}. */
  private final Last[] recent = new Last[RECENT];
  private static final int RECENT = 4096;

  KeyTable() {
    entryBits = bitsFor(keys.length);
  }

  /**
   * Adds a column, sized to the current capacity.
   *
   * @param column the column
   */
  void register(Column column) {
    columns.add(column);
    column.grow(keys.length);
  }

  /** @return how many keys are held */
  int size() {
    return size;
  }

  /** @return one more than the highest entry ever handed out */
  int entriesUsed() {
    return entriesUsed;
  }

  /** @return how many entries the columns must have room for */
  int capacity() {
    return keys.length;
  }

  /**
   * The key of an entry.
   *
   * @param entry the entry
   * @return its key, or null if the entry is free
   */
  String key(int entry) {
    return keys[entry];
  }

  // ---- hashing -----------------------------------------------------------------------------

  /**
   * A well-mixed hash of {@code s[from, to)}; equal character sequences hash alike.
   *
   * @param s the characters
   * @param from the first index
   * @param to after the last index
   * @return the hash
   */
  static int hash(CharSequence s, int from, int to) {
    int h = (to - from) * 0x9E3779B9;
    int i = from;
    for (; i + 1 < to; i += 2) {
      h = (h ^ (s.charAt(i) | (s.charAt(i + 1) << 16))) * 0x01000193;
      h ^= h >>> 15;
    }
    if (i < to) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16; // murmur3's finalizer
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private static int recentSlot(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 10) ^ (h >>> 20)) & (RECENT - 1);
  }

  private Last lookUp(String key) {
    int slot = recentSlot(key);
    Last l = recent[slot];
    if (l == null || l.key != key) {
      l = new Last(key, hash(key, 0, key.length()), true, -1);
      recent[slot] = l;
    }
    return l;
  }

  /** The hash of a key that may have been remembered without one. */
  private int hashOf(Last l) {
    return l.hashed ? l.hash : hash(l.key, 0, l.key.length());
  }

  /**
   * Remembers the entry of a key about to be looked up, such as a due item just claimed, so that
   * the look-up needs neither its hash nor the table.
   *
   * @param entry the entry
   */
  void remember(int entry) {
    String key = keys[entry];
    int slot = recentSlot(key);
    Last l = recent[slot];
    if (l == null || l.key != key || l.entry != entry) {
      recent[slot] = l != null && l.key == key ? new Last(key, l.hash, l.hashed, entry) : new Last(key, 0, false, entry);
    }
  }

  private static int bitsFor(int entries) {
    return 32 - Integer.numberOfLeadingZeros(entries); // entry + 1 <= entries < 2^bits
  }

  private int home(int hash) {
    return hash >>> (32 - Integer.numberOfTrailingZeros(table.length));
  }

  private int fingerprint(int hash) {
    return entryBits >= 32 ? 0 : (hash & ((1 << (32 - entryBits)) - 1)) << entryBits;
  }

  private int entryAt(int slot) {
    return (entryBits >= 32 ? slot : slot & ((1 << entryBits) - 1)) - 1;
  }

  // ---- look-up and change ------------------------------------------------------------------

  /**
   * The entry of a key.
   *
   * @param key the key
   * @return its entry, or -1 if the key is not held
   */
  int find(String key) {
    int recentSlot = recentSlot(key);
    Last l = recent[recentSlot];
    if (l != null && l.key == key && l.entry >= 0 && keys[l.entry] == key) {
      return l.entry;
    }
    l = lookUp(key);
    int h = hashOf(l);
    int mask = table.length - 1;
    int fp = fingerprint(h);
    int fpMask = ~((entryBits >= 32 ? 0 : (1 << entryBits)) - 1);
    for (int i = home(h); ; i = (i + 1) & mask) {
      int slot = table[i];
      if (slot == 0) {
        return -1;
      }
      if ((slot & fpMask) == fp) {
        int entry = entryAt(slot);
        if (keys[entry].equals(key)) {
          recent[recentSlot] = new Last(key, h, true, entry);
          return entry;
        }
      }
    }
  }

  /**
   * The entry of a key, added if the key is not held yet.
   *
   * @param key the key
   * @return its entry
   */
  int add(String key) {
    int entry = find(key);
    if (entry >= 0) {
      return entry;
    }
    int h = hashOf(lookUp(key));
    entry = newEntry();
    keys[entry] = key;
    size++;
    if (size > table.length - (table.length >>> 2)) {
      rebuild(table.length * 2);
    } else {
      insert(entry, h);
    }
    recent[recentSlot(key)] = new Last(key, h, true, entry);
    return entry;
  }

  /**
   * Gives up a key: its entry may be handed out again. The columns must no longer hold anything
   * for it.
   *
   * @param entry the entry
   */
  void remove(int entry) {
    String key = keys[entry];
    int mask = table.length - 1;
    int i = home(hashOf(lookUp(key)));
    while (entryAt(table[i]) != entry) {
      i = (i + 1) & mask;
    }
    // empty slot i, moving later slots of its probe run back (no tombstones)
    int hole = i;
    for (int j = (i + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
      String k = keys[entryAt(table[j])];
      int homeOfJ = home(hash(k, 0, k.length()));
      if (((j - homeOfJ) & mask) >= ((j - hole) & mask)) {
        table[hole] = table[j];
        hole = j;
      }
    }
    table[hole] = 0;
    keys[entry] = null;
    size--;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, Math.max(16, free.length * 2));
    }
    free[freeCount++] = entry;
    recent[recentSlot(key)] = null;
  }

  private int newEntry() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (entriesUsed == keys.length) {
      // an eighth more at a time: the columns of a million keys are tens of megabytes, and what
      // is allocated but unused counts as much as what is used; copying them more often costs less
      int capacity = keys.length + Math.max(16, keys.length >> 3);
      keys = Arrays.copyOf(keys, capacity);
      for (Column c : columns) {
        c.grow(capacity);
      }
      if (bitsFor(capacity) != entryBits) {
        rebuild(table.length); // the fingerprints lose a bit to the entry numbers
      }
    }
    return entriesUsed++;
  }

  private void insert(int entry, int hash) {
    int mask = table.length - 1;
    int i = home(hash);
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = fingerprint(hash) | (entry + 1);
  }

  private void rebuild(int capacity) {
    table = new int[capacity];
    entryBits = bitsFor(keys.length);
    for (int e = 0; e < entriesUsed; e++) {
      if (keys[e] != null) {
        insert(e, hash(keys[e], 0, keys[e].length()));
      }
    }
  }
}
