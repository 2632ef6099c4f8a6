package org.sanshe.deliberation.contest;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.grade.CompetenceVotePolicy;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.ThresholdCheck;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Basis;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Comparison;
import org.sanshe.deliberation.ownersvote.VoteTally;

/**
 * Decides a year-end assessment grade from a vote whose ballot offers {@link #COMPETENT} and {@link
 * #INCOMPETENT} (and possibly {@link Option#ABSTAIN}) by the one competent-vote rule, {@link
 * CompetenceVotePolicy}: incompetent when "incompetent" ballots reach the incompetent share of the
 * base; otherwise excellent when "competent" ballots reach the excellent share; otherwise
 * competent. Whether abstentions count in the base is the policy's option ({@link
 * CompetenceVotePolicy.Abstentions}, counted in the preset). The preset {@link #standard()} is
 * {@link CompetenceVotePolicy#preset()}. Immutable and thread-safe.
 */
public final class AssessmentRule {

  /** The ballot option "competent" (称职). */
  public static final Option COMPETENT = Option.of("COMPETENT");

  /** The ballot option "incompetent" (不称职). */
  public static final Option INCOMPETENT = Option.of("INCOMPETENT");

  private static final AssessmentRule STANDARD = new AssessmentRule(CompetenceVotePolicy.preset());

  private final CompetenceVotePolicy policy;

  private AssessmentRule(CompetenceVotePolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns the preset: {@link CompetenceVotePolicy#preset()} (excellent at 9/10 competent,
   * incompetent at 1/2 incompetent, abstentions counted).
   *
   * @return the preset
   */
  public static AssessmentRule standard() {
    return STANDARD;
  }

  /**
   * Returns the rule applying a competent-vote policy to a vote.
   *
   * @param policy the policy, not null
   * @return the rule
   */
  public static AssessmentRule of(CompetenceVotePolicy policy) {
    return new AssessmentRule(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns configured bands, abstentions counted.
   *
   * @param excellentAt the least share of "competent" ballots for excellent, 0..1, not null
   * @param incompetentAt the least share of "incompetent" ballots for incompetent, 0..1, not null
   * @return the rule
   * @throws AffairsException with {@code CONTEST_FRACTION_INVALID}
   */
  public static AssessmentRule of(Fraction excellentAt, Fraction incompetentAt) {
    check("excellent band", excellentAt);
    check("incompetent band", incompetentAt);
    if (incompetentAt.signum() == 0) {
      throw new AffairsException(
          AffairsError.CONTEST_FRACTION_INVALID, Wording.of("incompetent band", "不称职档"));
    }
    return new AssessmentRule(CompetenceVotePolicy.of(excellentAt, incompetentAt));
  }

  /**
   * Returns the competent-vote policy this rule applies.
   *
   * @return the policy
   */
  public CompetenceVotePolicy policy() {
    return policy;
  }

  private static void check(String name, Fraction f) {
    Objects.requireNonNull(f, name);
    if (f.signum() < 0 || f.isGreaterThan(Fraction.ONE)) {
      throw new AffairsException(
          AffairsError.CONTEST_FRACTION_INVALID,
          name.startsWith("excellent")
              ? Wording.of("excellent band", "优秀档")
              : Wording.of("incompetent band", "不称职档"));
    }
  }

  /**
   * Decides the grade.
   *
   * @param tally the closed vote's tally, with the options {@link #COMPETENT} and {@link
   *     #INCOMPETENT}, not null
   * @return the grade with both checks, taken of the policy's base
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN} if an option is missing
   */
  public AssessmentDecision decide(VoteTally tally) {
    Objects.requireNonNull(tally, "tally");
    long competent = tally.heads(COMPETENT);
    long incompetentHeads = tally.heads(INCOMPETENT);
    long abstained = tally.participatingHeads() - competent - incompetentHeads;
    long base = policy.base(competent, incompetentHeads, abstained);
    ThresholdCheck incompetent =
        ThresholdCheck.of(
            "incompetent ballots",
            Basis.HEADCOUNT,
            incompetentHeads,
            base,
            Comparison.AT_LEAST,
            policy.incompetentShare());
    ThresholdCheck excellent =
        ThresholdCheck.of(
            "competent ballots",
            Basis.HEADCOUNT,
            competent,
            base,
            Comparison.AT_LEAST,
            policy.excellentShare());
    AssessmentGrade grade = AssessmentGrade.COMPETENT;
    if (base > 0) {
      Grade decided = policy.decide(competent, incompetentHeads, abstained).grade();
      if (decided.equals(Grade.EXCELLENT)) {
        grade = AssessmentGrade.EXCELLENT;
      } else if (decided.equals(Grade.INCOMPETENT)) {
        grade = AssessmentGrade.INCOMPETENT;
      }
    }
    return new AssessmentDecision(grade, excellent, incompetent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentRule other && policy.equals(other.policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  @Override
  public String toString() {
    return "AssessmentRule["
        + "excellent >= "
        + policy.excellentShare()
        + ", incompetent >= "
        + policy.incompetentShare()
        + ", abstentions "
        + policy.abstentions()
        + "]";
  }
}
