package org.sanshe.deliberation.consultation;

/**
 * The parties taking part in community consultation: the five parties (五位一体) and, in housing
 * matters, owners' committees and property companies.
 */
public enum Party {
  /** The community Party organization (社区党组织). */
  PARTY_ORGANIZATION,
  /** The residents' committee (居委会). */
  RESIDENTS_COMMITTEE,
  /** Social organizations (社会组织). */
  SOCIAL_ORGANIZATION,
  /** Units located in the area (驻区单位). */
  RESIDENT_UNIT,
  /** Residents (居民). */
  RESIDENT,
  /** The owners' committee (业委会), in housing matters. */
  OWNERS_COMMITTEE,
  /** The property service company (物业), in housing matters. */
  PROPERTY_COMPANY;

  /**
   * Tells whether this is one of the five parties.
   *
   * @return true for the first five constants
   */
  public boolean isOneOfTheFive() {
    return ordinal() <= RESIDENT.ordinal();
  }
}
