package org.sanshe.core.registry.organization;

import org.sanshe.core.kernel.BoundedText;

/** The syntax shared by the registry's identifiers. Stateless. */
public final class Ids {

  private Ids() {}

  /**
   * Tells whether a text is a valid registry identifier: 1 to 64 characters, none of them white
   * space or control characters.
   *
   * @param value the text, may be null
   * @return true if valid
   */
  public static boolean valid(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || !BoundedText.isVisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
