package org.sanshe.core.satisfaction.grade;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.instrument.ItemId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.instrument.Weight;
import org.sanshe.core.satisfaction.score.SubjectCounts;

/**
 * The competent-vote rule for year-end grades: at least an incompetent share (preset 50%) of the
 * votes gives incompetent; otherwise at least an excellent share (preset 90%) of competent votes
 * gives excellent; otherwise competent. Shares are compared exactly. Immutable and thread-safe.
 */
public final class CompetenceVotePolicy {

  private static final CompetenceVotePolicy PRESET =
      new CompetenceVotePolicy(Weight.ofPercent(90), Weight.ofPercent(50));

  private final Weight excellentShare;
  private final Weight incompetentShare;

  private CompetenceVotePolicy(Weight excellentShare, Weight incompetentShare) {
    this.excellentShare = excellentShare;
    this.incompetentShare = incompetentShare;
  }

  /**
   * Returns a policy.
   *
   * @param excellentShare the least share of competent votes for excellent, not null
   * @param incompetentShare the least share of incompetent votes for incompetent, not null, above 0
   * @return the policy
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for a zero
   *     incompetent share
   */
  public static CompetenceVotePolicy of(Weight excellentShare, Weight incompetentShare) {
    Objects.requireNonNull(excellentShare, "excellentShare");
    Objects.requireNonNull(incompetentShare, "incompetentShare");
    if (incompetentShare.basisPoints() == 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("incompetentShare", "不称职票比例"),
          Wording.of("above 0", "须大于 0"));
    }
    return new CompetenceVotePolicy(excellentShare, incompetentShare);
  }

  /**
   * Returns the preset: at least 90% competent gives excellent, at least 50% incompetent gives
   * incompetent.
   *
   * @return the preset
   */
  public static CompetenceVotePolicy preset() {
    return PRESET;
  }

  /**
   * Decides from vote counts.
   *
   * @param competent the competent votes, not negative
   * @param incompetent the incompetent votes, not negative
   * @return the grade (EXCELLENT, COMPETENT or INCOMPETENT) with the rule that applied
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for negative
   *     counts or no vote at all
   */
  public Grading.Graded decide(long competent, long incompetent) {
    if (competent < 0 || incompetent < 0 || competent + incompetent == 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("votes", "票数"),
          Wording.of("at least one vote", "至少一票"));
    }
    long total = competent + incompetent;
    Fraction competentShare = Fraction.of(competent, total);
    if (reaches(incompetent, total, incompetentShare)) {
      return new Grading.Graded(
          competentShare,
          Grade.INCOMPETENT,
          incompetent + " of " + total + " votes incompetent, at least " + incompetentShare);
    }
    if (reaches(competent, total, excellentShare)) {
      return new Grading.Graded(
          competentShare,
          Grade.EXCELLENT,
          competent + " of " + total + " votes competent, at least " + excellentShare);
    }
    return new Grading.Graded(
        competentShare,
        Grade.COMPETENT,
        competent
            + " of "
            + total
            + " votes competent, below "
            + excellentShare
            + ", and fewer than "
            + incompetentShare
            + " incompetent");
  }

  /**
   * Decides from a subject's answers to a competence item.
   *
   * @param counts the subject's counts, not null
   * @param item the competence item, not null
   * @return the grade
   * @throws SatisfactionException with {@code SATISFACTION_ITEM_UNKNOWN} if the questionnaire has
   *     no such item, {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} if it is not a competence item or
   *     has no vote
   */
  public Grading.Graded decide(SubjectCounts counts, ItemId item) {
    Objects.requireNonNull(counts, "counts");
    int position = counts.questionnaire().positionOf(item);
    if (counts.questionnaire().item(position).scale() != Scale.COMPETENCE) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          item,
          Wording.of("a competence item", "称职测评题"));
    }
    return decide(counts.levelCount(position, 1), counts.levelCount(position, 0));
  }

  private static boolean reaches(long part, long total, Weight share) {
    return Math.multiplyExact(part, (long) Weight.ONE_IN_BASIS_POINTS)
        >= Math.multiplyExact(total, (long) share.basisPoints());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetenceVotePolicy p
        && p.excellentShare.equals(excellentShare)
        && p.incompetentShare.equals(incompetentShare);
  }

  @Override
  public int hashCode() {
    return excellentShare.hashCode() * 31 + incompetentShare.hashCode();
  }

  @Override
  public String toString() {
    return "CompetenceVotePolicy[excellent from "
        + excellentShare
        + ", incompetent from "
        + incompetentShare
        + "]";
  }
}
