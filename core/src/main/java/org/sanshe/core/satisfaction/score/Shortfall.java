package org.sanshe.core.satisfaction.score;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sanshe.core.error.MessageCatalog;
import org.sanshe.core.satisfaction.SatisfactionError;

/**
 * One reason a sample is too weak to score: too few respondents ({@code
 * SATISFACTION_SAMPLE_TOO_SMALL}) or too few ordinary residents ({@code
 * SATISFACTION_ORDINARY_SHARE_TOO_LOW}). Immutable and thread-safe; components non-null.
 *
 * @param code the rule that failed
 * @param found what the sample has, such as {@code 42} or {@code 61%}
 * @param required what the rule requires, such as {@code 50} or {@code 70%}
 */
public record Shortfall(SatisfactionError code, String found, String required) {

  /** Checks the components. */
  public Shortfall {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(required, "required");
  }

  /**
   * Explains the shortfall in a locale's language.
   *
   * @param locale the locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    return MessageCatalog.format(code.template(locale), List.of(found, required));
  }
}
