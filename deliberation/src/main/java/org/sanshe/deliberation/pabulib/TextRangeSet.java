package org.sanshe.deliberation.pabulib;

/**
 * A set of texts given as ranges of larger strings, each stripped of surrounding white space as
 * {@link String#strip()} would: a VOTES section's voter ids are checked for repeats without cutting
 * a string per line. Open addressing over the ranges' string hashes. Not thread-safe; used by one
 * read.
 */
final class TextRangeSet {

  private String[] source;
  private int[] from;
  private int[] to;
  private int[] hash;
  private int size;
  private int mask;
  private int shift; // 32 - log2(capacity): slot(h) keeps the hash's top bits

  /**
   * Creates an empty set.
   *
   * @param expected how many ranges are expected, zero or more
   */
  TextRangeSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 2) - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    source = new String[capacity];
    from = new int[capacity];
    to = new int[capacity];
    hash = new int[capacity];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
  }

  /**
   * Adds the stripped text of {@code text} from {@code start} to {@code end}.
   *
   * @return false if an equal text is in the set already
   */
  boolean add(String text, int start, int end) {
    while (start < end && LineFields.space(text.charAt(start))) {
      start++;
    }
    while (end > start && LineFields.space(text.charAt(end - 1))) {
      end--;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int length = end - start;
    int slot = slot(h);
    while (source[slot] != null) {
      if (hash[slot] == h
          && to[slot] - from[slot] == length
          && source[slot].regionMatches(from[slot], text, start, length)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    source[slot] = text;
    from[slot] = start;
    to[slot] = end;
    hash[slot] = h;
    if (++size > (mask + 1) / 2) {
      grow();
    }
    return true;
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    String[] oldSource = source;
    int[] oldFrom = from;
    int[] oldTo = to;
    int[] oldHash = hash;
    allocate(2 * oldSource.length);
    for (int i = 0; i < oldSource.length; i++) {
      if (oldSource[i] != null) {
        int slot = slot(oldHash[i]);
        while (source[slot] != null) {
          slot = (slot + 1) & mask;
        }
        source[slot] = oldSource[i];
        from[slot] = oldFrom[i];
        to[slot] = oldTo[i];
        hash[slot] = oldHash[i];
      }
    }
  }
}
