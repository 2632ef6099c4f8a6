package org.sanshe.deliberation.consultation;

/**
 * The forms of community consultation (协商形式), the former closed list.
 *
 * @deprecated forms are open: use {@link ConsultationForm} (the same five presets, plus
 *     integrator-defined forms of a {@link ConsultationFormCatalogue}); {@link #form()} maps each
 *     constant to it
 */
@Deprecated(forRemoval = true)
public enum Form {
  /** A dialogue meeting (恳谈会). */
  DIALOGUE(ConsultationForm.DIALOGUE),
  /** A council meeting (议事会). */
  COUNCIL(ConsultationForm.COUNCIL),
  /** A review meeting (评议会). */
  REVIEW(ConsultationForm.REVIEW),
  /** A hearing (听证会). */
  HEARING(ConsultationForm.HEARING),
  /** Online deliberation (网上议事). */
  ONLINE(ConsultationForm.ONLINE);

  private final ConsultationForm form;

  Form(ConsultationForm form) {
    this.form = form;
  }

  /**
   * Returns the open form with the same code.
   *
   * @return the form
   */
  public ConsultationForm form() {
    return form;
  }
}
