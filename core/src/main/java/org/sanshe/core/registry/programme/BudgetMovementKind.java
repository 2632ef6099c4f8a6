package org.sanshe.core.registry.programme;

/** What a budget movement does to its line. */
public enum BudgetMovementKind {
  /** Adds to the planned amount (the application's budget; no limit beyond being positive). */
  PLANNED,
  /** Commits money to the project; the programme's commitments stay within its budget. */
  COMMITTED,
  /** Pays out; what is paid net of returns stays within the commitment. */
  PAID,
  /** The project gives unspent money back: paid money returns and the commitment shrinks by it. */
  RETURNED,
  /** Releases an unpaid part of a commitment (a project cut back or terminated). */
  RELEASED
}
