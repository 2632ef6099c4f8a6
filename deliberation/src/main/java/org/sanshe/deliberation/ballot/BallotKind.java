package org.sanshe.deliberation.ballot;

/** The kinds of ballot Sanshe counts. */
public enum BallotKind {
  /** Approve any number of candidates or projects. */
  APPROVAL,
  /** Rank candidates, ties and truncation allowed. */
  RANKED,
  /** Give each candidate a score in a range. */
  SCORE,
  /** Distribute a number of points among candidates. */
  CUMULATIVE,
  /** Choose exactly one candidate. */
  CHOOSE_ONE,
  /** Answer a question yes, no or abstain. */
  YES_NO_ABSTAIN
}
