package org.sanshe.core.satisfaction.instrument;

/**
 * What an indicator measures, so that assessment rules can refuse indicators that may not be used.
 * Jiangsu's community work access programme forbids ledgers, plaques, nameplates, bodies and venues
 * as assessment indicators: {@link #LEDGER}, {@link #PLAQUE}, {@link #NAMEPLATE}, {@link #BODY} and
 * {@link #VENUE} exist to name them. Indicators built without a kind are {@link #UNCLASSIFIED}.
 */
public enum IndicatorKind {
  /** No kind stated (every indicator built before kinds existed). */
  UNCLASSIFIED,
  /** Residents' satisfaction (居民满意度). */
  RESIDENT_SATISFACTION,
  /** An appraisal by the street, peers or another body. */
  APPRAISAL,
  /** Results of services delivered. */
  SERVICE_RESULT,
  /** Ledgers and paperwork kept (台账). */
  LEDGER,
  /** Plaques hung (挂牌). */
  PLAQUE,
  /** Nameplates put up (标牌). */
  NAMEPLATE,
  /** Bodies or working groups set up (机构). */
  BODY,
  /** Venues or rooms furnished (场所). */
  VENUE
}
