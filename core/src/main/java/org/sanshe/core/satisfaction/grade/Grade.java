package org.sanshe.core.satisfaction.grade;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * A grade's code, such as {@code EXCELLENT} or {@code 5A}: 1 to 32 upper-case letters, digits or
 * underscores. Immutable and thread-safe.
 *
 * @param code the code
 */
public record Grade(String code) {

  private static final Pattern FORM = Pattern.compile("[A-Z0-9_]{1,32}");

  /** Excellent (优秀). */
  public static final Grade EXCELLENT = new Grade("EXCELLENT");

  /** Good (良好). */
  public static final Grade GOOD = new Grade("GOOD");

  /** Pass (合格). */
  public static final Grade PASS = new Grade("PASS");

  /** Fail (不合格). */
  public static final Grade FAIL = new Grade("FAIL");

  /** Competent (称职). */
  public static final Grade COMPETENT = new Grade("COMPETENT");

  /** Incompetent (不称职). */
  public static final Grade INCOMPETENT = new Grade("INCOMPETENT");

  /**
   * Checks the form.
   *
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public Grade {
    Objects.requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID,
          Wording.of("grade", "等级"),
          Wording.of("1 to 32 upper-case letters, digits or '_'", "应为 1 至 32 个大写字母、数字或“_”"));
    }
  }

  /**
   * Returns a grade.
   *
   * @param code the code, not null
   * @return the grade
   */
  public static Grade of(String code) {
    return new Grade(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
