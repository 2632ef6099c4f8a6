package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * One entry of an open catalogue (departments, and the like): a stable code with a Chinese and an
 * English name. Codes are 1 to 40 characters of lower-case ASCII letters, digits, {@code -} and
 * {@code _}, starting with a letter (the form of {@link MatterCategory}). Immutable.
 *
 * @param code the stable code, stored and sent in JSON
 * @param chinese the Chinese name, not blank
 * @param english the English name, not blank
 */
public record CatalogueEntry(String code, String chinese, String english) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws AffairsException with {@code AFFAIRS_CATALOGUE_ENTRY_INVALID} for a malformed code,
   *     {@code AFFAIRS_TEXT_BLANK} for a blank name
   */
  public CatalogueEntry {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new AffairsException(
          AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID,
          Wording.of("catalogue", "目录"),
          Wording.of(
              "a code is 1 to 40 lower-case letters, digits, - or _, starting with a letter",
              "代码须为 1 至 40 个小写字母、数字、- 或 _，以字母开头"));
    }
    chinese = Checks.text(chinese, "name");
    english = Checks.text(english, "name");
  }

  /**
   * Tells whether a text has the form of a catalogue code.
   *
   * @param code the text, not null
   * @return true for 1 to 40 of {@code a-z 0-9 - _}, starting with a letter
   */
  public static boolean isCode(String code) {
    boolean ok = !code.isEmpty() && code.length() <= 40 && code.charAt(0) >= 'a';
    for (int i = 0; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    return ok;
  }

  /**
   * Returns the name in both languages.
   *
   * @return the wording
   */
  public Wording wording() {
    return Wording.of(english, chinese);
  }
}
