package org.sanshe.deliberation.affairs.internal;

import java.util.Objects;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/** Argument checks shared by the affairs packages. Stateless and thread-safe. */
public final class Checks {

  private Checks() {}

  /**
   * Returns a stripped, non-blank text.
   *
   * @param text the text
   * @param field the field's name for the message
   * @return the stripped text
   * @throws NullPointerException if text is null
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} if blank
   */
  public static String text(String text, String field) {
    Objects.requireNonNull(text, field);
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      throw new AffairsException(AffairsError.AFFAIRS_TEXT_BLANK, field);
    }
    return stripped;
  }

  /**
   * Checks an identifier's text: 1 to 64 characters, no white space or control characters.
   *
   * @param value the text
   * @param kind the kind of id for the message
   * @return the value
   * @throws NullPointerException if value is null
   * @throws AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public static String id(String value, String kind) {
    Objects.requireNonNull(value, kind);
    boolean ok = !value.isEmpty() && value.length() <= 64;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
    if (!ok) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, kind, value);
    }
    return value;
  }
}
