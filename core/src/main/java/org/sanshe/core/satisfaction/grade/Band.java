package org.sanshe.core.satisfaction.grade;

import java.util.Objects;
import org.sanshe.core.satisfaction.Rational;

/**
 * One grade band: scores at or above the lower bound (and below the next band's) get the grade.
 * Immutable and thread-safe; components non-null.
 *
 * @param grade the grade
 * @param lowerBound the least score of the band, inclusive
 */
public record Band(Grade grade, Rational lowerBound) {

  /** Checks the components. */
  public Band {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(lowerBound, "lowerBound");
  }

  /**
   * Returns a band with a whole-number bound.
   *
   * @param grade the grade code, not null
   * @param lowerBound the least score, inclusive
   * @return the band
   */
  public static Band of(String grade, long lowerBound) {
    return new Band(Grade.of(grade), Rational.of(lowerBound));
  }
}
