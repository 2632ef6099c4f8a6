package org.sanshe.timebank.internal;

import java.util.Arrays;

/**
 * An ascending set of non-negative ints (ordinals: the place of an item in the order it was added)
 * in one int array, with no object per element: an index of a store that keeps its items in an
 * array, such as a volunteer's service records or an organization's queue. Adding the largest
 * ordinal so far, the common case, appends; a removal marks the element removed (as {@code -o - 1},
 * which keeps the array sorted by ordinal) and the array is compacted once removed elements
 * outnumber the present ones, so removing from the front of a queue costs no shifting.
 *
 * <p>Not thread-safe: the owning store synchronizes. Not an API.
 */
public final class OrdinalList {

  private int[] at;
  private int length;
  private int removed;
  private int head;

  /** Creates an empty list. */
  public OrdinalList() {
    this.at = new int[4];
  }

  private static int ordinal(int v) {
    return v >= 0 ? v : -v - 1;
  }

  /**
   * Returns how many ordinals are present.
   *
   * @return the count
   */
  public int size() {
    return length - removed;
  }

  /**
   * Adds an ordinal; nothing changes if it is present.
   *
   * @param o the ordinal, at least 0
   * @throws IllegalArgumentException if {@code o} is negative
   */
  public void add(int o) {
    if (o < 0) {
      throw new IllegalArgumentException("an ordinal is at least 0");
    }
    if (length == 0 || ordinal(at[length - 1]) < o) {
      if (length == at.length) {
        at = Growth.grow(at, Growth.next(at.length, length + 1));
      }
      at[length++] = o;
      return;
    }
    int i = find(o);
    if (i >= 0) {
      if (at[i] < 0) {
        at[i] = o;
        removed--;
        head = Math.min(head, i);
      }
      return;
    }
    int p = -i - 1;
    if (length == at.length) {
      at = Growth.grow(at, Growth.next(at.length, length + 1));
    }
    System.arraycopy(at, p, at, p + 1, length - p);
    at[p] = o;
    length++;
    head = Math.min(head, p);
  }

  /**
   * Removes an ordinal; nothing changes if it is absent.
   *
   * @param o the ordinal
   */
  public void remove(int o) {
    int i = find(o);
    if (i < 0 || at[i] < 0) {
      return;
    }
    at[i] = -o - 1;
    removed++;
    while (head < length && at[head] < 0) {
      head++;
    }
    if (removed > 16 && removed > length - removed) {
      compact();
    }
  }

  /**
   * Tells whether an ordinal is present.
   *
   * @param o the ordinal
   * @return true if present
   */
  public boolean contains(int o) {
    int i = find(o);
    return i >= 0 && at[i] >= 0;
  }

  /**
   * Copies up to {@code max} present ordinals greater than {@code after} into {@code into}, in
   * ascending order.
   *
   * @param after the ordinal to start after; -1 for the first
   * @param into where the ordinals go, at least {@code max} long
   * @param max how many at most
   * @return how many were copied
   */
  public int after(int after, int[] into, int max) {
    int i;
    if (after < 0) {
      i = head;
    } else {
      int f = find(after);
      i = Math.max(head, f >= 0 ? f + 1 : -f - 1);
    }
    int n = 0;
    for (; i < length && n < max; i++) {
      if (at[i] >= 0) {
        into[n++] = at[i];
      }
    }
    return n;
  }

  /**
   * Returns the present ordinals in ascending order.
   *
   * @return a new array
   */
  public int[] toArray() {
    int[] out = new int[size()];
    after(-1, out, out.length);
    return out;
  }

  // the index of o, or -(insertion point) - 1
  private int find(int o) {
    int lo = 0;
    int hi = length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = ordinal(at[mid]);
      if (v < o) {
        lo = mid + 1;
      } else if (v > o) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -lo - 1;
  }

  private void compact() {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (at[i] >= 0) {
        at[n++] = at[i];
      }
    }
    length = n;
    removed = 0;
    head = 0;
    if (at.length > 64 && n < at.length / 4) {
      at = Arrays.copyOf(at, Math.max(4, n * 2));
    }
  }

  @Override
  public String toString() {
    return "OrdinalList[" + size() + "]";
  }
}
