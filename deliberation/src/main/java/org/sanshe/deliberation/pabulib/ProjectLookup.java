package org.sanshe.deliberation.pabulib;

import java.util.Arrays;

/**
 * Finds a project's position by the id text between two offsets of a vote, without cutting the text
 * into strings. When every project id is a plain decimal number (no sign, no leading zero, at most
 * nine digits, within a span of about a million: what Pabulib files use), a part is read as a
 * number and looked up in an array; otherwise in an open-addressing table over the ids, probed with
 * the hash {@link String#hashCode()} would give the stripped range. Either way the answer is the
 * one {@code ids.indexOf(part.strip())} gives. Immutable after construction and thread-safe.
 */
final class ProjectLookup {

  private static final int MAX_SPAN = 1 << 20;

  /** Positions by id value minus {@code base}, -1 where no project; null unless numeric. */
  private final int[] byNumber;

  private final int base;
  private final String[] keys;
  private final int[] positions;
  private final int shift;
  private final int mask;

  /**
   * Builds the lookup.
   *
   * @param ids the project ids in file order, stripped, distinct, not empty
   */
  ProjectLookup(String[] ids) {
    int lowest = Integer.MAX_VALUE;
    int highest = -1;
    for (String id : ids) {
      int value = plainNumber(id, 0, id.length());
      if (value < 0) {
        highest = -1;
        break;
      }
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
    }
    if (highest >= 0 && (long) highest - lowest < MAX_SPAN) {
      byNumber = new int[highest - lowest + 1];
      Arrays.fill(byNumber, -1);
      for (int j = 0; j < ids.length; j++) {
        byNumber[plainNumber(ids[j], 0, ids[j].length()) - lowest] = j;
      }
      base = lowest;
      keys = null;
      positions = null;
      shift = 0;
      mask = 0;
      return;
    }
    byNumber = null;
    base = 0;
    int size = Integer.highestOneBit(Math.max(2, ids.length) * 2 - 1) * 2;
    keys = new String[size];
    positions = new int[size];
    mask = size - 1;
    shift = 32 - Integer.numberOfTrailingZeros(size);
    for (int j = 0; j < ids.length; j++) {
      int slot = slot(ids[j].hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ids[j];
      positions[slot] = j;
    }
  }

  /**
   * Returns the position of the project whose id is the text from {@code from} to {@code to}, as
   * {@link String#strip()} would leave it.
   *
   * @param text the text
   * @param from the first offset, inclusive
   * @param to the last offset, exclusive
   * @return the position, or -1 if the stripped range is empty or names no project
   */
  int find(String text, int from, int to) {
    while (from < to && LineFields.space(text.charAt(from))) {
      from++;
    }
    while (to > from && LineFields.space(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return -1;
    }
    if (byNumber != null) {
      // every id is a plain number, so text that is not one names no project
      int value = plainNumber(text, from, to);
      long at = (long) value - base;
      return value < 0 || at < 0 || at >= byNumber.length ? -1 : byNumber[(int) at];
    }
    int length = to - from;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    int slot = slot(h);
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (key.length() == length && same(text, from, key)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static boolean same(String text, int from, String key) {
    for (int i = 0; i < key.length(); i++) {
      if (text.charAt(from + i) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The value of a plain decimal number (no sign, no leading zero, 1 to 9 digits), else -1. */
  private static int plainNumber(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 9 || (length > 1 && text.charAt(from) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** Fibonacci hashing: ids whose hashes differ by small steps land far apart. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
