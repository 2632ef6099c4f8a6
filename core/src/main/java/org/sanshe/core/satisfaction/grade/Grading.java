package org.sanshe.core.satisfaction.grade;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.satisfaction.Rational;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.core.satisfaction.score.Shortfall;

/** The grade decided for a score, or why no grade can be given. Immutable and thread-safe. */
public sealed interface Grading {

  /**
   * Explains the decision in a sentence.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * A grade was given.
   *
   * @param value the exact score graded
   * @param grade the grade
   * @param explanation which band or rule applied
   */
  record Graded(Rational value, Grade grade, String explanation) implements Grading {
    /** Checks the components. */
    public Graded {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * No grade: the subject's sample is insufficient.
   *
   * @param subject the subject
   * @param shortfalls why its sample is insufficient
   */
  record Ungraded(SubjectId subject, List<Shortfall> shortfalls) implements Grading {
    /** Checks and copies the components. */
    public Ungraded {
      Objects.requireNonNull(subject, "subject");
      shortfalls = List.copyOf(Objects.requireNonNull(shortfalls, "shortfalls"));
    }

    @Override
    public String explanation() {
      return "no grade for " + subject + ": the sample is insufficient " + shortfalls;
    }
  }
}
