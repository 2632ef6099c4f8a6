package org.sanshe.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResidentIdNumber}; stateless and thread-safe. */
public final class ResidentIdNumberValidator
    implements ConstraintValidator<ResidentIdNumber, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public ResidentIdNumberValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || org.sanshe.core.identifier.ResidentIdNumber.isValid(value);
  }
}
