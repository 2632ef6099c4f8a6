package org.sanshe.timebank.account;

/** What happens to a credit that would take an account above its storage cap. Immutable. */
public enum ExcessPolicy {
  /** The credit is refused with {@code LEDGER_STORAGE_CAP}. */
  REJECT,
  /** The credit is booked and the excess moved on to the donation pool in the same batch. */
  DIVERT_TO_DONATION_POOL
}
