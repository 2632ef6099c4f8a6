package org.sanshe.core.identifier;

import java.util.Optional;

/**
 * The registering department, position 1 of a Unified Social Credit Code (GB 32100-2015, table 1).
 * Social organizations registered with civil affairs carry {@link #CIVIL_AFFAIRS}.
 */
public enum RegisteringDepartment {
  /** 1, 机构编制. */
  INSTITUTIONAL_ESTABLISHMENT('1'),
  /** 2, 外交. */
  FOREIGN_AFFAIRS('2'),
  /** 3, 司法行政. */
  JUSTICE('3'),
  /** 4, 文化. */
  CULTURE('4'),
  /** 5, 民政: social groups, social service agencies, foundations. */
  CIVIL_AFFAIRS('5'),
  /** 6, 旅游. */
  TOURISM('6'),
  /** 7, 宗教. */
  RELIGION('7'),
  /** 8, 工会. */
  TRADE_UNION('8'),
  /** 9, 工商 (market regulation): enterprises. */
  MARKET_REGULATION('9'),
  /** A, 中央军委改革和编制办公室. */
  MILITARY_ESTABLISHMENT('A'),
  /** N, 农业. */
  AGRICULTURE('N'),
  /** Y, 其他. */
  OTHER('Y');

  private final char code;

  RegisteringDepartment(char code) {
    this.code = code;
  }

  /**
   * Returns the code character.
   *
   * @return the character at position 1
   */
  public char code() {
    return code;
  }

  /**
   * Finds the department of a code character.
   *
   * @param c the character
   * @return the department, or empty if GB 32100 assigns none
   */
  public static Optional<RegisteringDepartment> of(char c) {
    for (RegisteringDepartment d : values()) {
      if (d.code == c) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
