package org.sanshe.core.identifier;

/**
 * The kind of a division as its code states it: for 9-digit codes from digits 7-9, for 12-digit
 * codes from digits 10-12 (national statistical division coding rules).
 */
public enum DivisionKind {
  /** The whole country. */
  NATIONAL,
  /** A province-level division. */
  PROVINCE,
  /** A prefecture-level city. */
  CITY,
  /** A county-level division (county, district, county-level city). */
  COUNTY,
  /** Digits 7-9 in 001-099: a street (街道). */
  STREET,
  /** Digits 7-9 in 100-199: a town (镇). */
  TOWN,
  /** Digits 7-9 in 200-399: a township (乡). */
  TOWNSHIP,
  /** Digits 7-9 in 400-599: a development zone, park or similar (开发区、园区等). */
  DEVELOPMENT_ZONE,
  /** Digits 7-9 in 600-999: another township-level unit. */
  OTHER_TOWNSHIP_UNIT,
  /** Digits 10-12 in 001-199: a community, run by a residents' committee (社区居委会). */
  COMMUNITY,
  /** Digits 10-12 in 200-399: a village, run by a villagers' committee (村委会). */
  VILLAGE,
  /** Digits 10-12 in 400-599: a unit similar to a village committee (类似村委会). */
  SIMILAR_VILLAGE_UNIT,
  /** Digits 10-12 in 600-999: another village-level unit. */
  OTHER_VILLAGE_UNIT;

  /**
   * Tells whether this kind is a community-level unit where residents live: a community, a village
   * or a similar unit.
   *
   * @return true for village-level kinds
   */
  public boolean isVillageLevel() {
    return this == COMMUNITY
        || this == VILLAGE
        || this == SIMILAR_VILLAGE_UNIT
        || this == OTHER_VILLAGE_UNIT;
  }
}
