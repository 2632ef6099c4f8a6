package org.sanshe.core.identifier;

import java.util.Optional;

/** The organization category at position 2 of a civil-affairs ({@code 5}) credit code. */
public enum CivilAffairsCategory {
  /** 51, 社会团体. */
  SOCIAL_GROUP('1'),
  /** 52, 社会服务机构 (formerly 民办非企业单位). */
  SOCIAL_SERVICE_AGENCY('2'),
  /** 53, 基金会. */
  FOUNDATION('3'),
  /** 59, 其他. */
  OTHER('9');

  private final char code;

  CivilAffairsCategory(char code) {
    this.code = code;
  }

  /**
   * Returns the code character.
   *
   * @return the character at position 2
   */
  public char code() {
    return code;
  }

  /**
   * Finds the category of a code character.
   *
   * @param c the character at position 2
   * @return the category, or empty for an unassigned character
   */
  public static Optional<CivilAffairsCategory> of(char c) {
    for (CivilAffairsCategory k : values()) {
      if (k.code == c) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
