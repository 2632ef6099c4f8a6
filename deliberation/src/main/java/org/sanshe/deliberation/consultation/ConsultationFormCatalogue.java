package org.sanshe.deliberation.consultation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * The consultation forms a place holds, an open catalogue: the {@link #presets()} (dialogue,
 * council, review, hearing and online deliberation, the five forms of the former enum) plus
 * integrator-defined forms with a code and Chinese and English names ({@link
 * #with(ConsultationForm, String, String)}). Given to {@link
 * ConsultationDesk.Builder#forms(ConsultationFormCatalogue)}, it refuses proposals in forms it does
 * not list with {@code CATALOGUE_ENTRY_UNKNOWN}. Which parties a form requires is a rule, kept in
 * {@link ConsultationRules}, not here.
 *
 * <p>Immutable and thread-safe; {@code with} returns a new catalogue. Entries keep the order they
 * were listed in; the listing rules are those of every open catalogue ({@link OpenCatalogue}).
 */
public final class ConsultationFormCatalogue {

  /** The longest name, in either language: {@value}. */
  public static final int MAX_NAME = 60;

  private static final Wording NAME = Wording.of("consultation form", "协商形式");

  private static final ConsultationFormCatalogue PRESETS =
      empty()
          .with(ConsultationForm.DIALOGUE, "恳谈会", "Dialogue meeting")
          .with(ConsultationForm.COUNCIL, "议事会", "Council meeting")
          .with(ConsultationForm.REVIEW, "评议会", "Review meeting")
          .with(ConsultationForm.HEARING, "听证会", "Hearing")
          .with(ConsultationForm.ONLINE, "网上议事", "Online deliberation");

  /**
   * One form with its names. Immutable.
   *
   * @param form the form
   * @param chinese the Chinese name, a bounded name of at most {@value #MAX_NAME} characters
   * @param english the English name, a bounded name of at most {@value #MAX_NAME} characters
   */
  public record Entry(ConsultationForm form, String chinese, String english) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws SansheException {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or {@code TEXT_CHARACTER}
     *     naming the field
     */
    public Entry {
      Objects.requireNonNull(form, "form");
      chinese =
          BoundedText.name(
              chinese, Wording.of("The consultation form's Chinese name", "协商形式中文名"), MAX_NAME);
      english =
          BoundedText.name(
              english, Wording.of("The consultation form's English name", "协商形式英文名"), MAX_NAME);
    }

    /**
     * Returns the name in both languages.
     *
     * @return the wording
     */
    public Wording wording() {
      return Wording.of(english, chinese);
    }
  }

  private final OpenCatalogue<ConsultationForm, Entry> entries;

  private ConsultationFormCatalogue(OpenCatalogue<ConsultationForm, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Returns an empty catalogue, for integrators who list every form themselves.
   *
   * @return the catalogue
   */
  public static ConsultationFormCatalogue empty() {
    return new ConsultationFormCatalogue(OpenCatalogue.empty(NAME));
  }

  /**
   * Returns the catalogue of the five preset forms; extend it with {@link #with}.
   *
   * @return the catalogue
   */
  public static ConsultationFormCatalogue presets() {
    return PRESETS;
  }

  /**
   * Returns this catalogue with one more form.
   *
   * @param form the form, not null, not listed yet
   * @param chinese the Chinese name
   * @param english the English name
   * @return the new catalogue
   * @throws SansheException with {@code CATALOGUE_CODE_DUPLICATE} for a form listed already, or a
   *     text code naming a bad name
   */
  public ConsultationFormCatalogue with(ConsultationForm form, String chinese, String english) {
    Entry entry = new Entry(form, chinese, english);
    return new ConsultationFormCatalogue(entries.with(form, entry));
  }

  /**
   * Finds a form's entry.
   *
   * @param form the form, not null
   * @return the entry, or empty when not listed
   */
  public Optional<Entry> find(ConsultationForm form) {
    return entries.find(Objects.requireNonNull(form, "form"));
  }

  /**
   * Tells whether a form is listed.
   *
   * @param form the form, not null
   * @return true when listed
   */
  public boolean contains(ConsultationForm form) {
    return entries.contains(Objects.requireNonNull(form, "form"));
  }

  /**
   * Checks that a form is listed.
   *
   * @param form the form, not null
   * @return the form
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} when it is not
   */
  public ConsultationForm require(ConsultationForm form) {
    return entries.require(Objects.requireNonNull(form, "form"));
  }

  /**
   * Returns every entry in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<Entry> entries() {
    return entries.entries();
  }

  @Override
  public String toString() {
    return "ConsultationFormCatalogue" + entries.keys();
  }
}
