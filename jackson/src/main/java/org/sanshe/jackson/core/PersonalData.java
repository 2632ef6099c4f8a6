package org.sanshe.jackson.core;

/**
 * How a mapper writes personal data: resident ID numbers, phone numbers and residents' names.
 *
 * <p>{@link #MASKED} is the default of every Sanshe module and of {@code SansheJson}: use it for
 * anything a browser, a log or a report sees. {@link #FULL} is for a storage or transfer mapper
 * whose output is protected like the database itself; only full output reads back.
 */
public enum PersonalData {
  /**
   * Resident ID numbers, phone numbers and names are written masked ({@code 110105********002X}).
   */
  MASKED,
  /** Written in full, for storage and transfer between trusted systems. */
  FULL
}
