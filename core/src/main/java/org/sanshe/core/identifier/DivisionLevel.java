package org.sanshe.core.identifier;

/** The level of an administrative division, from its code's length and trailing zeros. */
public enum DivisionLevel {
  /** {@code 100000}: the whole country, used as the region of national registrars. */
  NATIONAL,
  /** Six digits ending in {@code 0000}: a province, autonomous region or municipality (省). */
  PROVINCE,
  /** Six digits ending in {@code 00}: a prefecture-level city (市). */
  CITY,
  /** Six digits: a county or district (区县). */
  COUNTY,
  /** Nine digits: a street, town, township or development zone (乡级). */
  TOWNSHIP,
  /** Twelve digits: a community or village (村级). */
  VILLAGE
}
