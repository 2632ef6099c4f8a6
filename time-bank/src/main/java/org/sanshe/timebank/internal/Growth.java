package org.sanshe.timebank.internal;

import java.util.Arrays;

/** Growth of primitive arrays by half their size. Stateless. */
public final class Growth {

  private Growth() {}

  /**
   * Returns the next capacity for a needed size.
   *
   * @param current the current capacity
   * @param needed the needed capacity
   * @return the new capacity
   */
  public static int next(int current, int needed) {
    long grown = Math.max((long) needed, current + (current >> 1) + 16L);
    return (int) Math.min(grown, Integer.MAX_VALUE - 16);
  }

  /**
   * Grows a long array.
   *
   * @param a the array
   * @param capacity the new capacity
   * @return the copy
   */
  public static long[] grow(long[] a, int capacity) {
    return Arrays.copyOf(a, capacity);
  }

  /**
   * Grows an int array.
   *
   * @param a the array
   * @param capacity the new capacity
   * @return the copy
   */
  public static int[] grow(int[] a, int capacity) {
    return Arrays.copyOf(a, capacity);
  }

  /**
   * Grows a byte array.
   *
   * @param a the array
   * @param capacity the new capacity
   * @return the copy
   */
  public static byte[] grow(byte[] a, int capacity) {
    return Arrays.copyOf(a, capacity);
  }

  /**
   * Grows a short array.
   *
   * @param a the array
   * @param capacity the new capacity
   * @return the copy
   */
  public static short[] grow(short[] a, int capacity) {
    return Arrays.copyOf(a, capacity);
  }

  /**
   * Grows an object array.
   *
   * @param <T> the element type
   * @param a the array
   * @param capacity the new capacity
   * @return the copy
   */
  public static <T> T[] grow(T[] a, int capacity) {
    return Arrays.copyOf(a, capacity);
  }
}
