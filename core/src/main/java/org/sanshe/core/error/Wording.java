package org.sanshe.core.error;

import java.util.Locale;
import java.util.Objects;

/**
 * A short phrase in English and Chinese, used as a message argument that names a field or a rule
 * ({@code Wording.of("denominator", "分母")}). {@link #toString()} gives the English.
 *
 * <p>Immutable and thread-safe; components are not null and must not hold personal data.
 *
 * @param english the English wording
 * @param chinese the Chinese wording
 */
public record Wording(String english, String chinese) implements Localizable {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Wording {
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(chinese, "chinese");
  }

  /**
   * Returns a wording.
   *
   * @param english the English wording, not null
   * @param chinese the Chinese wording, not null
   * @return the wording
   */
  public static Wording of(String english, String chinese) {
    return new Wording(english, chinese);
  }

  @Override
  public String text(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }

  @Override
  public String toString() {
    return english;
  }
}
