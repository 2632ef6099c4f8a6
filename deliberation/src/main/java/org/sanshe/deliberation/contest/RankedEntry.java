package org.sanshe.deliberation.contest;

import java.util.Objects;
import org.sanshe.core.kernel.Fraction;

/**
 * One entry's place in a contest, with the figures behind it. Immutable.
 *
 * @param rank the rank from 1; entries with equal combined scores share a rank (1, 2, 2, 4)
 * @param entry the entry
 * @param judgeScore the judges' weighted mean score, exact
 * @param publicVotes the public votes
 * @param publicScore the public votes on the score scale: votes x max score / the most votes
 * @param combined judge share x judge score + public share x public score, exact
 */
public record RankedEntry(
    int rank,
    EntryId entry,
    Fraction judgeScore,
    long publicVotes,
    Fraction publicScore,
    Fraction combined) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RankedEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(judgeScore, "judgeScore");
    Objects.requireNonNull(publicScore, "publicScore");
    Objects.requireNonNull(combined, "combined");
  }

  /**
   * Explains the standing, such as {@code 1. E1: judges 86, public 120 votes = 100, combined 90.2}.
   *
   * @return the explanation, with exact fractions and two-decimal display values
   */
  public String explain() {
    return rank
        + ". "
        + entry
        + ": judges "
        + judgeScore
        + ", public "
        + publicVotes
        + " votes = "
        + publicScore
        + ", combined "
        + combined
        + " (~"
        + combined.toBigDecimal(2).toPlainString()
        + ")";
  }
}
