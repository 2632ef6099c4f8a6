package org.sanshe.timebank.service;

/** Where a service record stands. Records are never edited or deleted. Immutable. */
public enum ServiceStatus {
  /** Recorded by the organization, not yet verified. */
  RECORDED,
  /** Verified; its hours are credited. */
  VERIFIED,
  /** Superseded by a correction, which reversed its credit. */
  CORRECTED
}
