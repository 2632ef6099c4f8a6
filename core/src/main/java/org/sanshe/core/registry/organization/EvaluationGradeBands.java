package org.sanshe.core.registry.organization;

import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * Cut-offs from a 1000-point evaluation score to a grade: a score at or above the 5A minimum is 5A,
 * and so on down to 2A; anything below the 2A minimum is 1A. The national rules (MCA Order 39,
 * 2011) set the five grades and the 1000-point scoring but leave the cut-offs to local evaluation
 * committees; {@link #preset()} holds the common practice of local committees (5A from 900, 4A from
 * 800, 3A from 700, 2A from 600), not a figure from the field reports, which quote none.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationGradeBands {

  /** The highest possible score. */
  public static final int MAX_SCORE = 1000;

  private static final EvaluationGradeBands PRESET = new EvaluationGradeBands(900, 800, 700, 600);

  private final int fiveA;
  private final int fourA;
  private final int threeA;
  private final int twoA;

  private EvaluationGradeBands(int fiveA, int fourA, int threeA, int twoA) {
    this.fiveA = fiveA;
    this.fourA = fourA;
    this.threeA = threeA;
    this.twoA = twoA;
  }

  /**
   * Returns the preset cut-offs 900 / 800 / 700 / 600.
   *
   * @return the preset
   */
  public static EvaluationGradeBands preset() {
    return PRESET;
  }

  /**
   * Creates bands from the minimum scores of 5A, 4A, 3A and 2A.
   *
   * @param fiveA minimum for 5A
   * @param fourA minimum for 4A
   * @param threeA minimum for 3A
   * @param twoA minimum for 2A
   * @return the bands
   * @throws RegistryException with {@code ORGANIZATION_GRADE_BANDS_INVALID} unless {@code 1000 >=
   *     fiveA > fourA > threeA > twoA > 0}
   */
  public static EvaluationGradeBands of(int fiveA, int fourA, int threeA, int twoA) {
    if (!(MAX_SCORE >= fiveA && fiveA > fourA && fourA > threeA && threeA > twoA && twoA > 0)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_GRADE_BANDS_INVALID,
          Wording.of(
              "the cut-offs need 1000 >= 5A > 4A > 3A > 2A > 0",
              "分数线须满足 1000 ≥ 5A > 4A > 3A > 2A > 0"));
    }
    return new EvaluationGradeBands(fiveA, fourA, threeA, twoA);
  }

  /**
   * Returns the grade of a score.
   *
   * @param score 0 to 1000
   * @return the grade
   * @throws RegistryException with {@code ORGANIZATION_SCORE_RANGE}
   */
  public EvaluationGrade gradeFor(int score) {
    if (score < 0 || score > MAX_SCORE) {
      throw new RegistryException(RegistryError.ORGANIZATION_SCORE_RANGE, score);
    }
    if (score >= fiveA) {
      return EvaluationGrade.FIVE_A;
    }
    if (score >= fourA) {
      return EvaluationGrade.FOUR_A;
    }
    if (score >= threeA) {
      return EvaluationGrade.THREE_A;
    }
    return score >= twoA ? EvaluationGrade.TWO_A : EvaluationGrade.ONE_A;
  }

  /**
   * Returns the lowest score giving a grade.
   *
   * @param grade the grade, not null
   * @return the minimum score (0 for 1A)
   */
  public int minimum(EvaluationGrade grade) {
    return switch (grade) {
      case FIVE_A -> fiveA;
      case FOUR_A -> fourA;
      case THREE_A -> threeA;
      case TWO_A -> twoA;
      case ONE_A -> 0;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvaluationGradeBands b
        && fiveA == b.fiveA
        && fourA == b.fourA
        && threeA == b.threeA
        && twoA == b.twoA;
  }

  @Override
  public int hashCode() {
    return ((fiveA * 31 + fourA) * 31 + threeA) * 31 + twoA;
  }

  @Override
  public String toString() {
    return "EvaluationGradeBands[5A>="
        + fiveA
        + ", 4A>="
        + fourA
        + ", 3A>="
        + threeA
        + ", 2A>="
        + twoA
        + "]";
  }
}
