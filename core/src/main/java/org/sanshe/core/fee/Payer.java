package org.sanshe.core.fee;

/** Who pays (part of) a service delivery. Immutable and thread-safe. */
public enum Payer {
  /** The resident household. */
  RESIDENT,
  /** A community fund. */
  FUND,
  /** Government purchase of services (政府购买服务). */
  PURCHASE
}
