package org.sanshe.deliberation.contest;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.vote.Option;
import org.sanshe.deliberation.vote.Tally;
import org.sanshe.deliberation.vote.ThresholdCheck;
import org.sanshe.deliberation.vote.ThresholdCheck.Basis;
import org.sanshe.deliberation.vote.ThresholdCheck.Comparison;

/**
 * Decides a year-end assessment grade from a vote whose ballot offers {@link #COMPETENT} and {@link
 * #INCOMPETENT} (and possibly {@link Option#ABSTAIN}): incompetent when "incompetent" ballots reach
 * at least the incompetent band of the ballots cast; otherwise excellent when "competent" ballots
 * reach at least the excellent band; otherwise competent. The preset {@link #standard()} uses 9/10
 * and 1/2 (DOMAIN: at least 90% competent gives excellent, at least 50% incompetent gives
 * incompetent). Immutable and thread-safe.
 */
public final class AssessmentRule {

  /** The ballot option "competent" (称职). */
  public static final Option COMPETENT = Option.of("COMPETENT");

  /** The ballot option "incompetent" (不称职). */
  public static final Option INCOMPETENT = Option.of("INCOMPETENT");

  private static final AssessmentRule STANDARD =
      new AssessmentRule(Fraction.of(9, 10), Fraction.ONE_HALF);

  private final Fraction excellentAt;
  private final Fraction incompetentAt;

  private AssessmentRule(Fraction excellentAt, Fraction incompetentAt) {
    this.excellentAt = excellentAt;
    this.incompetentAt = incompetentAt;
  }

  /**
   * Returns the preset bands: excellent at 9/10 competent, incompetent at 1/2 incompetent.
   *
   * @return the preset
   */
  public static AssessmentRule standard() {
    return STANDARD;
  }

  /**
   * Returns configured bands.
   *
   * @param excellentAt the least share of "competent" ballots for excellent, 0..1, not null
   * @param incompetentAt the least share of "incompetent" ballots for incompetent, 0..1, not null
   * @return the rule
   * @throws AffairsException with {@code CONTEST_FRACTION_INVALID}
   */
  public static AssessmentRule of(Fraction excellentAt, Fraction incompetentAt) {
    check("excellent band", excellentAt);
    check("incompetent band", incompetentAt);
    return new AssessmentRule(excellentAt, incompetentAt);
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
   * @return the grade with both checks
   * @throws AffairsException with {@code VOTE_OPTION_UNKNOWN} if an option is missing
   */
  public AssessmentDecision decide(Tally tally) {
    Objects.requireNonNull(tally, "tally");
    long cast = tally.participatingHeads();
    ThresholdCheck incompetent =
        ThresholdCheck.of(
            "incompetent ballots",
            Basis.HEADCOUNT,
            tally.heads(INCOMPETENT),
            cast,
            Comparison.AT_LEAST,
            incompetentAt);
    ThresholdCheck excellent =
        ThresholdCheck.of(
            "competent ballots",
            Basis.HEADCOUNT,
            tally.heads(COMPETENT),
            cast,
            Comparison.AT_LEAST,
            excellentAt);
    AssessmentGrade grade =
        incompetent.passed()
            ? AssessmentGrade.INCOMPETENT
            : excellent.passed() ? AssessmentGrade.EXCELLENT : AssessmentGrade.COMPETENT;
    return new AssessmentDecision(grade, excellent, incompetent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentRule other
        && excellentAt.equals(other.excellentAt)
        && incompetentAt.equals(other.incompetentAt);
  }

  @Override
  public int hashCode() {
    return excellentAt.hashCode() * 31 + incompetentAt.hashCode();
  }

  @Override
  public String toString() {
    return "AssessmentRule[excellent >= " + excellentAt + ", incompetent >= " + incompetentAt + "]";
  }
}
