package org.sanshe.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link UnifiedSocialCreditCode}; stateless and thread-safe. */
public final class UnifiedSocialCreditCodeValidator
    implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {

  /** Creates the validator (called by the Bean Validation provider). */
  public UnifiedSocialCreditCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || org.sanshe.core.identifier.UnifiedSocialCreditCode.isValid(value);
  }
}
