package org.sanshe.timebank.internal;

/**
 * An open-addressing hash map from non-zero {@code long} keys to {@code int} values, with linear
 * probing and no boxing. Key and value share one {@code long[]} slot pair, so a lookup touches one
 * cache line. Keys that differ only in their low 4 bits land in neighbouring slots (ascending
 * client ids stay cache friendly); the rest of the key is mixed. Key 0 marks an empty slot. Grows
 * at 3/4 load. Not thread-safe.
 */
public final class LongIntHashMap {

  /** Returned by {@link #get(long)} for a missing key. */
  public static final int MISSING = -1;

  private long[] table;
  private int mask;
  private int size;
  private int threshold;

  /**
   * Creates a map for about a number of entries.
   *
   * @param expected the expected number of entries
   */
  public LongIntHashMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, (int) (expected / 0.75f)) - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    table = new long[capacity * 2];
    mask = capacity - 1;
    threshold = (int) (capacity * 0.75f);
  }

  /**
   * Spreads a key's bits; also a good 64-bit mixer for other uses.
   *
   * @param key the key
   * @return the mixed value
   */
  public static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32) ^ (h >>> 17);
  }

  private static int slot(long key) {
    return (int) (mix(key >>> 4) + (key & 15));
  }

  /**
   * Returns the value of a key.
   *
   * @param key a non-zero key
   * @return the value or {@link #MISSING}
   */
  public int get(long key) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key) {
        return (int) t[(i << 1) + 1];
      }
      if (found == 0) {
        return MISSING;
      }
      i = (i + 1) & m;
    }
  }

  /**
   * Puts a key, replacing any value.
   *
   * @param key a non-zero key
   * @param value the value
   */
  public void put(long key, int value) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key) {
        t[(i << 1) + 1] = value;
        return;
      }
      if (found == 0) {
        t[i << 1] = key;
        t[(i << 1) + 1] = value;
        if (++size > threshold) {
          rehash();
        }
        return;
      }
      i = (i + 1) & m;
    }
  }

  /**
   * Puts a key unless present.
   *
   * @param key a non-zero key
   * @param value the value
   * @return the present value, or {@link #MISSING} if the key was added
   */
  public int putIfAbsent(long key, int value) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key) {
        return (int) t[(i << 1) + 1];
      }
      if (found == 0) {
        t[i << 1] = key;
        t[(i << 1) + 1] = value;
        if (++size > threshold) {
          rehash();
        }
        return MISSING;
      }
      i = (i + 1) & m;
    }
  }

  private void rehash() {
    long[] old = table;
    allocate(old.length);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        put(old[i], (int) old[i + 1]);
      }
    }
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
