package org.sanshe.timebank.account;

/** The life-cycle state of an account. Immutable. */
public enum AccountStatus {
  /** Accepts debits and credits. */
  OPEN,
  /** Accepts nothing until unfrozen. */
  FROZEN,
  /** Accepts nothing, for ever; only empty accounts close. */
  CLOSED
}
