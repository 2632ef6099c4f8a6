package org.sanshe.core.satisfaction.grade;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.score.SubjectScore;

/**
 * A configurable grading rule: bands with strictly descending lower bounds, and a grade for scores
 * below the last band. Scores are compared exactly ({@link Fraction}). Presets: excellent / good /
 * pass / fail at 90 / 80 / 60 on the 0-100 index, and the local social-organization evaluation
 * bands on the 1000-point system (5A from 900, 4A 800-899, 3A 700-799, 2A 600-699, 1A below).
 * Immutable and thread-safe.
 */
public final class GradeBands {

  private final List<Band> bands;
  private final Grade bottom;

  private GradeBands(List<Band> bands, Grade bottom) {
    this.bands = bands;
    this.bottom = bottom;
  }

  /**
   * Returns a rule.
   *
   * @param bands the bands from the highest, lower bounds strictly descending, at least one
   * @param bottom the grade below the last band, not null
   * @return the rule
   * @throws SatisfactionException with {@code SATISFACTION_BANDS_INVALID} if empty or not strictly
   *     descending
   */
  public static GradeBands of(List<Band> bands, Grade bottom) {
    Objects.requireNonNull(bottom, "bottom");
    List<Band> copy = List.copyOf(Objects.requireNonNull(bands, "bands"));
    if (copy.isEmpty()) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_BANDS_INVALID, Wording.of("at least one band", "至少一个等级"));
    }
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).lowerBound().compareTo(copy.get(i - 1).lowerBound()) >= 0) {
        throw new SatisfactionException(
            SatisfactionError.SATISFACTION_BANDS_INVALID,
            Wording.of(
                "lower bounds must strictly descend, " + copy.get(i).grade() + " does not",
                "下限须严格递减，" + copy.get(i).grade() + " 不满足"));
      }
    }
    return new GradeBands(copy, bottom);
  }

  /**
   * Returns the preset for the 0-100 index: excellent from 90, good from 80, pass from 60, fail
   * below.
   *
   * @return the preset
   */
  public static GradeBands excellentGoodPassFail() {
    return of(
        List.of(
            new Band(Grade.EXCELLENT, Fraction.of(90)),
            new Band(Grade.GOOD, Fraction.of(80)),
            new Band(Grade.PASS, Fraction.of(60))),
        Grade.FAIL);
  }

  /**
   * Returns the local preset of the social-organization evaluation (MCA Order 39) on the 1000-point
   * system: 5A from 900, 4A from 800, 3A from 700, 2A from 600, 1A below.
   *
   * @return the preset
   */
  public static GradeBands socialOrganizationEvaluation() {
    return of(
        List.of(Band.of("5A", 900), Band.of("4A", 800), Band.of("3A", 700), Band.of("2A", 600)),
        Grade.of("1A"));
  }

  /**
   * Returns the bands, highest first.
   *
   * @return an unmodifiable list
   */
  public List<Band> bands() {
    return bands;
  }

  /**
   * Returns the grade below the last band.
   *
   * @return the bottom grade
   */
  public Grade bottom() {
    return bottom;
  }

  /**
   * Grades a score.
   *
   * @param value the exact score, not null
   * @return the grade with the band that applied
   */
  public Grading.Graded grade(Fraction value) {
    Objects.requireNonNull(value, "value");
    for (Band band : bands) {
      if (value.compareTo(band.lowerBound()) >= 0) {
        return new Grading.Graded(
            value, band.grade(), value + " is at least " + band.lowerBound() + ": " + band.grade());
      }
    }
    Band last = bands.get(bands.size() - 1);
    return new Grading.Graded(
        value, bottom, value + " is below " + last.lowerBound() + ": " + bottom);
  }

  /**
   * Grades a subject's mean index; a subject with an insufficient sample gets no grade.
   *
   * @param score the subject's score, not null
   * @return the grading, or ungraded with the shortfalls
   */
  public Grading grade(SubjectScore score) {
    Objects.requireNonNull(score, "score");
    if (score instanceof SubjectScore.Scored scored) {
      return grade(scored.index());
    }
    SubjectScore.Insufficient insufficient = (SubjectScore.Insufficient) score;
    return new Grading.Ungraded(insufficient.subject(), insufficient.shortfalls());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradeBands g && g.bands.equals(bands) && g.bottom.equals(bottom);
  }

  @Override
  public int hashCode() {
    return bands.hashCode() * 31 + bottom.hashCode();
  }

  @Override
  public String toString() {
    return "GradeBands" + bands + " else " + bottom;
  }
}
