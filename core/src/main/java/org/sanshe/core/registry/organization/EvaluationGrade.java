package org.sanshe.core.registry.organization;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * An evaluation grade of a social organization (社会组织评估等级, MCA Order 39), 5A the highest. Compared
 * by {@link #level()}; the enum order is highest first.
 */
public enum EvaluationGrade {
  /** 5A. */
  FIVE_A(5),
  /** 4A. */
  FOUR_A(4),
  /** 3A. */
  THREE_A(3),
  /** 2A. */
  TWO_A(2),
  /** 1A. */
  ONE_A(1);

  private final int level;

  EvaluationGrade(int level) {
    this.level = level;
  }

  /**
   * Returns the number of A's.
   *
   * @return 1 to 5
   */
  public int level() {
    return level;
  }

  /**
   * Returns the label, such as {@code 5A}.
   *
   * @return the label that {@link #parse(String)} reads back
   */
  public String label() {
    return level + "A";
  }

  /**
   * Tells whether this grade is at least another.
   *
   * @param other the other grade, not null
   * @return true if this level is at least the other's
   */
  public boolean isAtLeast(EvaluationGrade other) {
    return level >= Objects.requireNonNull(other, "other").level;
  }

  /**
   * Parses a label such as {@code 3A}.
   *
   * @param label the label
   * @return the grade
   * @throws RegistryException with {@code ORGANIZATION_GRADE_BANDS_INVALID} for an unknown label
   */
  public static EvaluationGrade parse(String label) {
    for (EvaluationGrade g : values()) {
      if (g.label().equals(label)) {
        return g;
      }
    }
    throw new RegistryException(
        RegistryError.ORGANIZATION_GRADE_BANDS_INVALID,
        Wording.of("the grade label is unknown", "等级标签未知"));
  }
}
