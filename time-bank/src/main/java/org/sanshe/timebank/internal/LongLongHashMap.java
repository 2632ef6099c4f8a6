package org.sanshe.timebank.internal;

/**
 * An open-addressing {@code long -> long} hash map with linear probing, for the ledger's hot path
 * (idempotency keys to journal sequences, reservation sequences to slots). Key 0 is reserved as the
 * empty marker and never stored; {@link #MISSING} (-1) is returned for absent keys, so values must
 * not be negative. Removal shifts the following entries back (no tombstones), so a map that grows
 * and shrinks keeps short probe chains.
 *
 * <p>Mutable and not thread-safe: the ledger guards it with its lock.
 */
public final class LongLongHashMap {

  /** The value returned for an absent key. */
  public static final long MISSING = -1;

  private long[] table;
  private int mask;
  private int size;
  private int threshold;

  /**
   * Creates a map sized for a number of keys.
   *
   * @param expected the expected number of keys
   */
  public LongLongHashMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, (int) (expected / 0.75f)) - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    table = new long[capacity * 2];
    mask = capacity - 1;
    threshold = (int) (capacity * 0.75f);
  }

  /**
   * Spreads a key's bits (a multiplicative hash folded onto the low bits).
   *
   * @param key the key
   * @return the mixed value
   */
  public static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32) ^ (h >>> 17);
  }

  private static int slot(long key) {
    return (int) mix(key);
  }

  /**
   * Returns the value of a key.
   *
   * @param key a non-zero key
   * @return the value or {@link #MISSING}
   */
  public long get(long key) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key) {
        return t[(i << 1) + 1];
      }
      if (found == 0) {
        return MISSING;
      }
      i = (i + 1) & m;
    }
  }

  /**
   * Adds a key unless present.
   *
   * @param key a non-zero key
   * @param value a value, not negative
   * @return the present value, or {@link #MISSING} if the key was added
   */
  public long putIfAbsent(long key, long value) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key) {
        return t[(i << 1) + 1];
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

  /**
   * Sets a key's value.
   *
   * @param key a non-zero key
   * @param value a value, not negative
   */
  public void put(long key, long value) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == key || found == 0) {
        t[(i << 1) + 1] = value;
        if (found == 0) {
          t[i << 1] = key;
          if (++size > threshold) {
            rehash();
          }
        }
        return;
      }
      i = (i + 1) & m;
    }
  }

  /**
   * Removes a key if its value is the one given.
   *
   * @param key a non-zero key
   * @param value the value it must have
   * @return true if removed
   */
  public boolean remove(long key, long value) {
    long[] t = table;
    int m = mask;
    int i = slot(key) & m;
    while (true) {
      long found = t[i << 1];
      if (found == 0) {
        return false;
      }
      if (found == key) {
        if (t[(i << 1) + 1] != value) {
          return false;
        }
        break;
      }
      i = (i + 1) & m;
    }
    // backward-shift deletion: move later members of the probe run into the hole
    int hole = i;
    int j = i;
    while (true) {
      j = (j + 1) & m;
      long k = t[j << 1];
      if (k == 0) {
        break;
      }
      int home = slot(k) & m;
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        t[hole << 1] = k;
        t[(hole << 1) + 1] = t[(j << 1) + 1];
        hole = j;
      }
    }
    t[hole << 1] = 0;
    t[(hole << 1) + 1] = 0;
    size--;
    return true;
  }

  private void rehash() {
    long[] old = table;
    allocate(old.length);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        put(old[i], old[i + 1]);
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

  /**
   * Visits every key and value, in table order.
   *
   * @param visitor the visitor, not null
   */
  public void forEach(Visitor visitor) {
    long[] t = table;
    for (int i = 0; i < t.length; i += 2) {
      if (t[i] != 0) {
        visitor.visit(t[i], t[i + 1]);
      }
    }
  }

  /** Receives the entries of {@link #forEach(Visitor)}. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Receives one entry.
     *
     * @param key the key
     * @param value the value
     */
    void visit(long key, long value);
  }
}
