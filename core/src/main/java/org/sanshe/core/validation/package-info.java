/**
 * Jakarta Bean Validation constraints for Sanshe's identifiers: {@link
 * org.sanshe.core.validation.UnifiedSocialCreditCode}, {@link
 * org.sanshe.core.validation.DivisionCode} and {@link org.sanshe.core.validation.ResidentIdNumber}.
 * This is an edge package: the domain never imports it. Compiled against Jakarta Validation 3.0,
 * tested with Hibernate Validator 9 (and 8 through the {@code hv8} build profile).
 */
package org.sanshe.core.validation;
