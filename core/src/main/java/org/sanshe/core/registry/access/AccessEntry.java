package org.sanshe.core.registry.access;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * One entry of the access list: a task a department may hand to a residents' committee, the legal
 * basis that allows it and the money that follows the task (费随事转; zero when none follows).
 * Immutable and thread-safe; no component is null; texts are checked names (see {@link
 * BoundedText#name}).
 *
 * @param task the task's code
 * @param title the task's title
 * @param department the department that may hand the task over
 * @param legalBasis the law, regulation or document that allows it
 * @param funding the money that follows the task per year, not negative
 */
public record AccessEntry(
    TaskCode task, String title, String department, String legalBasis, Money funding) {

  /** The longest title, department or legal basis, in code points: {@value}. */
  public static final int MAX_TEXT_LENGTH = 200;

  /**
   * Checks and normalizes the components.
   *
   * @throws RegistryException with {@code ACCESS_FUNDING_NEGATIVE} for negative funding
   * @throws org.sanshe.core.error.SansheException with a text code for a bad text
   */
  public AccessEntry {
    Objects.requireNonNull(task, "task");
    title = BoundedText.name(Objects.requireNonNull(title, "title"), TITLE, MAX_TEXT_LENGTH);
    department =
        BoundedText.name(
            Objects.requireNonNull(department, "department"), DEPARTMENT, MAX_TEXT_LENGTH);
    legalBasis =
        BoundedText.name(
            Objects.requireNonNull(legalBasis, "legalBasis"), LEGAL_BASIS, MAX_TEXT_LENGTH);
    Objects.requireNonNull(funding, "funding");
    if (funding.isNegative()) {
      throw new RegistryException(RegistryError.ACCESS_FUNDING_NEGATIVE, "funding");
    }
  }

  static final Wording TITLE = Wording.of("task title", "事项名称");
  static final Wording DEPARTMENT = Wording.of("department", "部门");
  static final Wording LEGAL_BASIS = Wording.of("legal basis", "依据");
}
