package org.sanshe.deliberation.consultation;

/** The forms of community consultation (协商形式). */
public enum Form {
  /** A dialogue meeting (恳谈会). */
  DIALOGUE,
  /** A council meeting (议事会). */
  COUNCIL,
  /** A review meeting (评议会). */
  REVIEW,
  /** A hearing (听证会). */
  HEARING,
  /** Online deliberation (网上议事). */
  ONLINE
}
