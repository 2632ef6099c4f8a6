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
 * The competent-vote rule for year-end grades, the one rule Sanshe has (the deliberation module's
 * {@code AssessmentRule} applies it to a closed vote): at least an incompetent share (preset 1/2)
 * of the base gives incompetent; otherwise at least an excellent share (preset 9/10) of competent
 * votes gives excellent; otherwise competent. Shares are compared exactly.
 *
 * <p><b>Abstentions</b> are an option, since rules differ: {@link Abstentions#COUNTED} (the preset)
 * takes the base as every ballot cast, abstentions included, so 8 competent and 1 abstention is
 * 8/9, below 9/10, and competent; {@link Abstentions#EXCLUDED} takes the base as the competent and
 * incompetent votes only, so the same ballots are 8/8 and excellent.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompetenceVotePolicy {

  /** How abstentions enter the base of the shares. */
  public enum Abstentions {
    /** Abstentions count among the ballots cast (the preset). */
    COUNTED,
    /** Only competent and incompetent votes count. */
    EXCLUDED
  }

  private static final CompetenceVotePolicy PRESET =
      new CompetenceVotePolicy(Fraction.of(9, 10), Fraction.ONE_HALF, Abstentions.COUNTED);

  private final Fraction excellentShare;
  private final Fraction incompetentShare;
  private final Abstentions abstentions;

  private CompetenceVotePolicy(
      Fraction excellentShare, Fraction incompetentShare, Abstentions abstentions) {
    this.excellentShare = excellentShare;
    this.incompetentShare = incompetentShare;
    this.abstentions = abstentions;
  }

  /**
   * Returns a policy with shares in basis points, abstentions counted.
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
    return of(
        Fraction.of(excellentShare.basisPoints(), Weight.ONE_IN_BASIS_POINTS),
        Fraction.of(incompetentShare.basisPoints(), Weight.ONE_IN_BASIS_POINTS));
  }

  /**
   * Returns a policy with exact shares, abstentions counted.
   *
   * @param excellentShare the least share of competent votes for excellent, 0 to 1, not null
   * @param incompetentShare the least share of incompetent votes for incompetent, above 0 and at
   *     most 1, not null
   * @return the policy
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for a share
   *     outside its range
   */
  public static CompetenceVotePolicy of(Fraction excellentShare, Fraction incompetentShare) {
    Objects.requireNonNull(excellentShare, "excellentShare");
    Objects.requireNonNull(incompetentShare, "incompetentShare");
    if (excellentShare.signum() < 0 || excellentShare.isGreaterThan(Fraction.ONE)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("excellentShare", "优秀票比例"),
          Wording.of("from 0 to 1", "须在 0 至 1 之间"));
    }
    if (incompetentShare.signum() <= 0 || incompetentShare.isGreaterThan(Fraction.ONE)) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("incompetentShare", "不称职票比例"),
          Wording.of("above 0 and at most 1", "须大于 0 且不超过 1"));
    }
    return new CompetenceVotePolicy(excellentShare, incompetentShare, Abstentions.COUNTED);
  }

  /**
   * Returns the preset: at least 9/10 competent gives excellent, at least 1/2 incompetent gives
   * incompetent (DOMAIN.md section 5); abstentions counted among the ballots cast, which is our
   * default (the sources do not say).
   *
   * @return the preset
   */
  public static CompetenceVotePolicy preset() {
    return PRESET;
  }

  /**
   * Returns a copy with another handling of abstentions.
   *
   * @param abstentions the handling, not null
   * @return the copy
   */
  public CompetenceVotePolicy withAbstentions(Abstentions abstentions) {
    return new CompetenceVotePolicy(
        excellentShare, incompetentShare, Objects.requireNonNull(abstentions, "abstentions"));
  }

  /**
   * Returns the least share of competent votes for excellent.
   *
   * @return the share
   */
  public Fraction excellentShare() {
    return excellentShare;
  }

  /**
   * Returns the least share of incompetent votes for incompetent.
   *
   * @return the share
   */
  public Fraction incompetentShare() {
    return incompetentShare;
  }

  /**
   * Returns how abstentions enter the base.
   *
   * @return the handling
   */
  public Abstentions abstentions() {
    return abstentions;
  }

  /**
   * Returns the base the shares are taken of.
   *
   * @param competent the competent votes, not negative
   * @param incompetent the incompetent votes, not negative
   * @param abstained the abstentions, not negative
   * @return the base
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for negative
   *     counts or a sum beyond a long
   */
  public long base(long competent, long incompetent, long abstained) {
    if (competent < 0 || incompetent < 0 || abstained < 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("votes", "票数"),
          Wording.of("not negative", "不能为负"));
    }
    try {
      long votes = Math.addExact(competent, incompetent);
      return abstentions == Abstentions.COUNTED ? Math.addExact(votes, abstained) : votes;
    } catch (ArithmeticException e) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("votes", "票数"),
          Wording.of("a total within 64 bits", "总数不超过 64 位整数"));
    }
  }

  /**
   * Decides from vote counts without abstentions.
   *
   * @param competent the competent votes, not negative
   * @param incompetent the incompetent votes, not negative
   * @return the grade (EXCELLENT, COMPETENT or INCOMPETENT) with the rule that applied
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for negative
   *     counts or no vote at all
   */
  public Grading.Graded decide(long competent, long incompetent) {
    return decide(competent, incompetent, 0);
  }

  /**
   * Decides from vote counts.
   *
   * @param competent the competent votes, not negative
   * @param incompetent the incompetent votes, not negative
   * @param abstained the abstentions, not negative
   * @return the grade (EXCELLENT, COMPETENT or INCOMPETENT) with the rule that applied; the value
   *     is the competent share of the base
   * @throws SatisfactionException with {@code SATISFACTION_PARAMETER_OUT_OF_RANGE} for negative
   *     counts or an empty base
   */
  public Grading.Graded decide(long competent, long incompetent, long abstained) {
    long total = base(competent, incompetent, abstained);
    if (total == 0) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE,
          Wording.of("votes", "票数"),
          Wording.of("at least one vote", "至少一票"));
    }
    Fraction competentShare = Fraction.of(competent, total);
    String of = abstentions == Abstentions.COUNTED ? " ballots cast" : " votes";
    if (Fraction.of(incompetent, total).isAtLeast(incompetentShare)) {
      return new Grading.Graded(
          competentShare,
          Grade.INCOMPETENT,
          incompetent + " of " + total + of + " incompetent, at least " + incompetentShare);
    }
    if (competentShare.isAtLeast(excellentShare)) {
      return new Grading.Graded(
          competentShare,
          Grade.EXCELLENT,
          competent + " of " + total + of + " competent, at least " + excellentShare);
    }
    return new Grading.Graded(
        competentShare,
        Grade.COMPETENT,
        competent
            + " of "
            + total
            + of
            + " competent, below "
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

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetenceVotePolicy p
        && p.excellentShare.equals(excellentShare)
        && p.incompetentShare.equals(incompetentShare)
        && p.abstentions == abstentions;
  }

  @Override
  public int hashCode() {
    return (excellentShare.hashCode() * 31 + incompetentShare.hashCode()) * 31
        + abstentions.hashCode();
  }

  @Override
  public String toString() {
    return "CompetenceVotePolicy[excellent from "
        + excellentShare
        + ", incompetent from "
        + incompetentShare
        + ", abstentions "
        + abstentions
        + "]";
  }
}
