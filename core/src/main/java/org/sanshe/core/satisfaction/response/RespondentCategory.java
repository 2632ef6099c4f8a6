package org.sanshe.core.satisfaction.response;

import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * Who answered: minimum-sample rules require a share of ordinary residents. {@link #code()} is the
 * byte used by the tally's array fast path. Immutable and thread-safe.
 */
public enum RespondentCategory {
  /** An ordinary resident (普通居民). */
  ORDINARY_RESIDENT,
  /** A residents' representative (居民代表). */
  REPRESENTATIVE,
  /** A cadre (干部), such as a committee member. */
  CADRE;

  private static final RespondentCategory[] BY_CODE = values();

  /**
   * Returns the compact code: 0 ordinary resident, 1 representative, 2 cadre.
   *
   * @return the code
   */
  public byte code() {
    return (byte) ordinal();
  }

  /**
   * Returns the category of a code.
   *
   * @param code 0, 1 or 2
   * @return the category
   * @throws SatisfactionException with {@code SATISFACTION_CATEGORY_UNKNOWN} otherwise
   */
  public static RespondentCategory ofCode(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new SatisfactionException(SatisfactionError.SATISFACTION_CATEGORY_UNKNOWN, code);
    }
    return BY_CODE[code];
  }
}
