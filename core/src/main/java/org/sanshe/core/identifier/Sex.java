package org.sanshe.core.identifier;

/** Sex as coded by digit 17 of a resident ID number: odd male, even female. */
public enum Sex {
  /** 男. */
  MALE,
  /** 女. */
  FEMALE
}
