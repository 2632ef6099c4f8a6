package org.sanshe.deliberation.pabulib;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A line's fields as offsets into the file's text, each cut only when it is read: a city's file has
 * hundreds of thousands of fields that nothing but the row's map ever reads, and the reader itself
 * looks at a field's characters in place ({@link #text()}, {@link #from}, {@link #to}).
 * Unmodifiable, immutable and thread-safe; it keeps the text alive as long as the rows are.
 */
final class LineFields extends AbstractList<String> implements RandomAccess {

  private final String text;
  private final int[] cuts;

  /**
   * Takes the text and the cuts: the line's start, each separator's offset, the line's end; field f
   * runs from just after cut f (from cut 0 itself) to cut f + 1. Not copied.
   */
  LineFields(String text, int[] cuts) {
    this.text = text;
    this.cuts = cuts;
  }

  @Override
  public String get(int index) {
    return text.substring(from(index), to(index));
  }

  @Override
  public int size() {
    return cuts.length - 1;
  }

  /** The whole text the offsets point into. */
  String text() {
    return text;
  }

  /** Where field {@code index} starts in {@link #text()}, inclusive. */
  int from(int index) {
    Objects.checkIndex(index, size());
    return index == 0 ? cuts[0] : cuts[index] + 1;
  }

  /** Where field {@code index} ends in {@link #text()}, exclusive. */
  int to(int index) {
    Objects.checkIndex(index, size());
    return cuts[index + 1];
  }

  /**
   * Whether a character is white space as {@link String#strip()} sees it ({@link
   * Character#isWhitespace}), answered without a table lookup for the printable ASCII that almost
   * every field consists of.
   */
  static boolean space(char c) {
    if (c > ' ' && c < 0x7f) {
      return false;
    }
    return Character.isWhitespace(c);
  }
}
