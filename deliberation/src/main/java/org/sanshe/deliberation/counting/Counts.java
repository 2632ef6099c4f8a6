package org.sanshe.deliberation.counting;

import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/** Exact sums of ballot counts that refuse overflow with a code. Stateless and thread-safe. */
final class Counts {

  private Counts() {}

  /**
   * Adds two counts.
   *
   * @throws VotingException {@code VOTING_COUNT_OVERFLOW} past {@code Long.MAX_VALUE}
   */
  static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new VotingException(VotingError.VOTING_COUNT_OVERFLOW);
    }
  }

  /**
   * Multiplies a count by points.
   *
   * @throws VotingException {@code VOTING_COUNT_OVERFLOW} past {@code Long.MAX_VALUE}
   */
  static long times(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw new VotingException(VotingError.VOTING_COUNT_OVERFLOW);
    }
  }
}
