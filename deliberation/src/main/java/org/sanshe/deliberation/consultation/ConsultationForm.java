package org.sanshe.deliberation.consultation;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * A form of community consultation (协商形式). A form is its code: the presets below (their codes are
 * the names the former {@link Form} enum stored and wrote to JSON, so stored consultations read
 * back unchanged) or an integrator-defined code listed in the place's {@link
 * ConsultationFormCatalogue}, which holds the Chinese and English names, since places hold their
 * consultations in forms of their own (a courtyard talk, a "round table"). A code is 1 to {@value
 * #MAX_CODE} ASCII letters, digits, {@code -} or {@code _}, starting with a letter; codes are
 * case-sensitive.
 *
 * <p>Immutable and thread-safe; compares by its code. Never null where a form is required.
 *
 * @param code the code, stored and sent in JSON
 */
public record ConsultationForm(String code) implements Comparable<ConsultationForm> {

  /** The longest code: {@value}. */
  public static final int MAX_CODE = 40;

  /** A dialogue meeting (恳谈会). */
  public static final ConsultationForm DIALOGUE = new ConsultationForm("DIALOGUE");

  /** A council meeting (议事会). */
  public static final ConsultationForm COUNCIL = new ConsultationForm("COUNCIL");

  /** A review meeting (评议会). */
  public static final ConsultationForm REVIEW = new ConsultationForm("REVIEW");

  /** A hearing (听证会). */
  public static final ConsultationForm HEARING = new ConsultationForm("HEARING");

  /** Online deliberation (网上议事). */
  public static final ConsultationForm ONLINE = new ConsultationForm("ONLINE");

  private static final List<ConsultationForm> PRESETS =
      List.of(DIALOGUE, COUNCIL, REVIEW, HEARING, ONLINE);

  /**
   * Checks the code.
   *
   * @throws NullPointerException if code is null
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public ConsultationForm {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new SansheException(
          CoreError.CATALOGUE_CODE_INVALID,
          Wording.of("consultation form", "协商形式"),
          Wording.of(
              "1 to 40 letters, digits, - or _, starting with a letter",
              "须为 1 至 40 个字母、数字、- 或 _，以字母开头"));
    }
  }

  /**
   * Returns the form with a code, the preset constant for a preset's code.
   *
   * @param code the code, not null
   * @return the form
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public static ConsultationForm of(String code) {
    Objects.requireNonNull(code, "code");
    for (ConsultationForm preset : PRESETS) {
      if (preset.code.equals(code)) {
        return preset;
      }
    }
    return new ConsultationForm(code);
  }

  /**
   * Returns the preset forms in their stable order: dialogue, council, review, hearing, online (the
   * order of the former enum).
   *
   * @return an unmodifiable list
   */
  public static List<ConsultationForm> presets() {
    return PRESETS;
  }

  /**
   * Tells whether this form is one of the {@link #presets()}.
   *
   * @return true for a preset
   */
  public boolean isPreset() {
    return PRESETS.contains(this);
  }

  /**
   * Tells whether a text has the form of a consultation form's code.
   *
   * @param code the text, not null
   * @return true for 1 to 40 of {@code A-Z a-z 0-9 - _}, starting with a letter
   */
  public static boolean isCode(String code) {
    return OpenCatalogue.isCode(code, MAX_CODE);
  }

  @Override
  public int compareTo(ConsultationForm other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
