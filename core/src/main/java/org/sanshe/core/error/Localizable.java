package org.sanshe.core.error;

import java.util.Locale;

/**
 * A message argument that has its own wording in each language, such as the name of a field or the
 * rule an input broke. {@link MessageCatalog#format(String, java.util.List, Locale)} renders it
 * with {@link #text(Locale)}, so that a Chinese message holds no English words.
 *
 * <p>Implementations must be immutable and thread-safe, and must never hold personal data.
 */
public interface Localizable {

  /**
   * Returns the wording in a locale's language: Chinese for {@code zh*} locales, else English.
   *
   * @param locale the reader's locale, not null
   * @return the wording, never null
   */
  String text(Locale locale);
}
