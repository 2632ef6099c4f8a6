package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The category of a matter, a configurable code such as {@code environment}, {@code parking} or
 * {@code elderly-care}: 1 to 40 characters of lower-case ASCII letters, digits, {@code -} and
 * {@code _}, starting with a letter. Immutable; compares by its code.
 *
 * @param code the code
 */
public record MatterCategory(String code) implements Comparable<MatterCategory> {

  /**
   * Checks the code.
   *
   * @throws NullPointerException if code is null
   * @throws AffairsException with {@code AFFAIRS_CATEGORY_INVALID}
   */
  public MatterCategory {
    Objects.requireNonNull(code, "code");
    boolean ok = !code.isEmpty() && code.length() <= 40 && code.charAt(0) >= 'a';
    for (int i = 0; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    if (!ok) {
      throw new AffairsException(AffairsError.AFFAIRS_CATEGORY_INVALID);
    }
  }

  /**
   * Returns the category with a code.
   *
   * @param code the code
   * @return the category
   */
  public static MatterCategory of(String code) {
    return new MatterCategory(code);
  }

  @Override
  public int compareTo(MatterCategory other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
