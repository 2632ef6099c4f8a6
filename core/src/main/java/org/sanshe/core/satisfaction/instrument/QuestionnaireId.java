package org.sanshe.core.satisfaction.instrument;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * The id of a questionnaire, such as {@code community-worker-2026}: 1 to 64 letters, digits, dots,
 * hyphens or underscores. Immutable and thread-safe.
 *
 * @param code the code
 */
public record QuestionnaireId(String code) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /**
   * Checks the form.
   *
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public QuestionnaireId {
    Objects.requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID,
          Wording.of("questionnaire id", "问卷编号"),
          Wording.of("1 to 64 letters, digits, '.', '-' or '_'", "应为 1 至 64 个字母、数字、“.”、“-”或“_”"));
    }
  }

  /**
   * Returns the id of a code.
   *
   * @param code the code, not null
   * @return the id
   */
  public static QuestionnaireId of(String code) {
    return new QuestionnaireId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
