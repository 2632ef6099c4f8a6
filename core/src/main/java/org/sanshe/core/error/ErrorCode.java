package org.sanshe.core.error;

import java.util.Locale;

/**
 * A stable, machine-readable name for one kind of failure, such as {@code USCC_CHECK_CHARACTER}.
 *
 * <p>Codes never change once published: integrators switch on them, translate them and store them.
 * Each Sanshe module declares its codes in an enum that implements this interface and resolves its
 * own message templates from a {@link MessageCatalog}. Implementations are immutable and
 * thread-safe.
 */
public interface ErrorCode {

  /**
   * Returns the stable code, upper case with underscores.
   *
   * @return the code, never null
   */
  String code();

  /**
   * Returns the message template for a locale: Chinese for {@code zh*} locales, English otherwise.
   * Placeholders {@code {0}}, {@code {1}}, ... stand for the exception's arguments.
   *
   * @param locale the reader's locale, not null
   * @return the template, never null (the code itself if no translation exists)
   */
  String template(Locale locale);

  /**
   * Returns the category of this code, from which a web API chooses its HTTP status.
   *
   * <p>The default reads the {@code <catalogue>-categories.properties} resource of the catalog that
   * the code's enum loaded through {@link MessageCatalog#load}. A code that the resource does not
   * list (a build-time test prevents it for Sanshe's own codes) and a code whose class loaded no
   * catalog are {@link ErrorCategory#INVALID_INPUT}. Implementations outside Sanshe may override.
   *
   * @return the category, never null
   */
  default ErrorCategory category() {
    Class<?> type = this instanceof Enum<?> e ? e.getDeclaringClass() : getClass();
    return MessageCatalog.forAnchor(type)
        .flatMap(catalog -> catalog.category(code()))
        .orElse(ErrorCategory.INVALID_INPUT);
  }

  /**
   * Returns the HTTP status of this code's category.
   *
   * @return the status, such as 400 or 404
   */
  default int httpStatus() {
    return category().httpStatus();
  }
}
