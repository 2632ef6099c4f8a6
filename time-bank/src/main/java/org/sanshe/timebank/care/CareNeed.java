package org.sanshe.timebank.care;

/** Whom a care pairing (结对帮扶) serves. Immutable. */
public enum CareNeed {
  /** An elderly person living alone (独居老人). */
  LONE_ELDERLY,
  /** A left-behind child (留守儿童). */
  LEFT_BEHIND_CHILD,
  /** A disabled resident (残疾人). */
  DISABLED
}
