package dev.kefu.internal;

import java.util.Arrays;

/**
 * A set of strings for one batch of due work, cleared and filled again for the next: open
 * addressing over an array, so adding a key allocates nothing. Keys are compared by identity
 * first, then by {@link String#equals}.
 *
 * <p>Not thread-safe.
 */
final class KeySet {

  private String[] table = new String[256];
  private int size;

  /**
   * Adds a key.
   *
   * @param key the key
   */
  void add(String key) {
    if (2 * (size + 1) > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      size = 0;
      for (String k : old) {
        if (k != null) {
          add(k);
        }
      }
    }
    int mask = table.length - 1;
    for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      String k = table[i];
      if (k == null) {
        table[i] = key;
        size++;
        return;
      }
      if (k == key || k.equals(key)) {
        return;
      }
    }
  }

  /**
   * @param key a key
   * @return whether the set holds it
   */
  boolean contains(String key) {
    if (size == 0) {
      return false;
    }
    int mask = table.length - 1;
    for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
      String k = table[i];
      if (k == null) {
        return false;
      }
      if (k == key || k.equals(key)) {
        return true;
      }
    }
  }

  /** @return whether the set is empty */
  boolean isEmpty() {
    return size == 0;
  }

  /** Empties the set. */
  void clear() {
    if (size > 0) {
      Arrays.fill(table, null);
      size = 0;
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
