package org.sanshe.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link DivisionCode}; stateless and thread-safe. */
public final class DivisionCodeValidator
    implements ConstraintValidator<DivisionCode, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public DivisionCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || org.sanshe.core.identifier.DivisionCode.isValid(value);
  }
}
