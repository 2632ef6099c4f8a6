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
  private final int[] bounds;

  /** Takes the text and the bounds: field f runs from bounds[2f] to bounds[2f + 1]; not copied. */
  LineFields(String text, int[] bounds) {
    this.text = text;
    this.bounds = bounds;
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size());
    return text.substring(bounds[2 * index], bounds[2 * index + 1]);
  }

  @Override
  public int size() {
    return bounds.length / 2;
  }

  /** The whole text the offsets point into. */
  String text() {
    return text;
  }

  /** Where field {@code index} starts in {@link #text()}, inclusive. */
  int from(int index) {
    Objects.checkIndex(index, size());
    return bounds[2 * index];
  }

  /** Where field {@code index} ends in {@link #text()}, exclusive. */
  int to(int index) {
    Objects.checkIndex(index, size());
    return bounds[2 * index + 1];
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
