package org.sanshe.deliberation.contest;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * How a proposal contest (提案大赛) combines judges and the public: the judges' share of the combined
 * score (the public gets the rest) and the top of the judges' score scale. Public votes are put on
 * the same scale by giving the most-voted entry the top score and the others in proportion. The
 * preset {@link #standard()} (judges 7/10, public 3/10, scale 0-100) is an illustration; contests
 * configure their own. Immutable and thread-safe.
 */
public final class ContestRules {

  private static final ContestRules STANDARD = new ContestRules(Fraction.of(7, 10), 100);

  private final Fraction judgeShare;
  private final int maxScore;

  private ContestRules(Fraction judgeShare, int maxScore) {
    this.judgeShare = judgeShare;
    this.maxScore = maxScore;
  }

  /**
   * Returns the illustrative preset: judges 7/10, public 3/10, scores 0 to 100.
   *
   * @return the preset
   */
  public static ContestRules standard() {
    return STANDARD;
  }

  /**
   * Returns configured rules.
   *
   * @param judgeShare the judges' share of the combined score, 0..1, not null
   * @param maxScore the top of the judges' scale, positive
   * @return the rules
   * @throws AffairsException with {@code CONTEST_FRACTION_INVALID}
   */
  public static ContestRules of(Fraction judgeShare, int maxScore) {
    Objects.requireNonNull(judgeShare, "judgeShare");
    if (judgeShare.signum() < 0 || judgeShare.isGreaterThan(Fraction.ONE)) {
      throw new AffairsException(
          AffairsError.CONTEST_FRACTION_INVALID, Wording.of("judges' share", "评委评分占比"));
    }
    if (maxScore <= 0) {
      throw new AffairsException(
          AffairsError.CONTEST_FRACTION_INVALID, Wording.of("highest score", "最高分"));
    }
    return new ContestRules(judgeShare, maxScore);
  }

  /**
   * Returns the judges' share.
   *
   * @return 0..1
   */
  public Fraction judgeShare() {
    return judgeShare;
  }

  /**
   * Returns the public's share.
   *
   * @return 1 minus the judges' share
   */
  public Fraction publicShare() {
    return Fraction.ONE.minus(judgeShare);
  }

  /**
   * Returns the top of the score scale.
   *
   * @return the maximum score
   */
  public int maxScore() {
    return maxScore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContestRules other
        && judgeShare.equals(other.judgeShare)
        && maxScore == other.maxScore;
  }

  @Override
  public int hashCode() {
    return judgeShare.hashCode() * 31 + maxScore;
  }

  @Override
  public String toString() {
    return "ContestRules[judges "
        + judgeShare
        + ", public "
        + publicShare()
        + ", 0-"
        + maxScore
        + "]";
  }
}
