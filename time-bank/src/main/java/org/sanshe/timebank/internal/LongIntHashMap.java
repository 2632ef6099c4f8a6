package org.sanshe.timebank.internal;

/**
 * An open-addressing hash map from non-zero {@code long} keys to {@code int} values, with linear
 * probing and no boxing. Key 0 marks an empty slot. Grows at 3/4 load. Not thread-safe.
 */
public final class LongIntHashMap {

  /** Returned by {@link #get(long)} for a missing key. */
  public static final int MISSING = -1;

  private long[] keys;
  private int[] values;
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
    keys = new long[capacity];
    values = new int[capacity];
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

  /**
   * Returns the value of a key.
   *
   * @param key a non-zero key
   * @return the value or {@link #MISSING}
   */
  public int get(long key) {
    long[] k = keys;
    int m = mask;
    int i = (int) mix(key) & m;
    while (true) {
      long found = k[i];
      if (found == key) {
        return values[i];
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
    long[] k = keys;
    int m = mask;
    int i = (int) mix(key) & m;
    while (true) {
      long found = k[i];
      if (found == key) {
        values[i] = value;
        return;
      }
      if (found == 0) {
        k[i] = key;
        values[i] = value;
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
    long[] k = keys;
    int m = mask;
    int i = (int) mix(key) & m;
    while (true) {
      long found = k[i];
      if (found == key) {
        return values[i];
      }
      if (found == 0) {
        k[i] = key;
        values[i] = value;
        if (++size > threshold) {
          rehash();
        }
        return MISSING;
      }
      i = (i + 1) & m;
    }
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldKeys.length * 2);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
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
