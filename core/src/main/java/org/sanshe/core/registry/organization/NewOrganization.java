package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * The form that brings an organization into the registry, as submitted: checked by {@link
 * Organization#create}. Immutable.
 *
 * @param name the name
 * @param legalForm the legal form
 * @param division the home division (a district, street or community)
 * @param recognition incubating, filed or registered
 * @param uscc the credit code: required when registered, refused when filed or incubating (may be
 *     null)
 * @param filingDivision the street or town of a filing (null unless filed)
 * @param since the filing or registration date (null while incubating)
 */
public record NewOrganization(
    String name,
    LegalForm legalForm,
    DivisionCode division,
    Recognition recognition,
    UnifiedSocialCreditCode uscc,
    DivisionCode filingDivision,
    LocalDate since) {

  /** Checks the required components for null. */
  public NewOrganization {
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(recognition, "recognition");
  }

  /** How the organization is recognized when it enters the registry. */
  public enum Recognition {
    /** Being incubated. */
    INCUBATING,
    /** Filed with a street or town. */
    FILED,
    /** Registered with civil affairs. */
    REGISTERED
  }

  /**
   * A form for an incubated organization.
   *
   * @param name the name
   * @param legalForm the legal form
   * @param division the home division
   * @return the form
   */
  public static NewOrganization incubating(
      String name, LegalForm legalForm, DivisionCode division) {
    return new NewOrganization(name, legalForm, division, Recognition.INCUBATING, null, null, null);
  }

  /**
   * A form for a community social organization filed with a street or town.
   *
   * @param name the name
   * @param division the home division
   * @param filingDivision the street or town
   * @param filedOn the filing date
   * @return the form
   */
  public static NewOrganization filed(
      String name, DivisionCode division, DivisionCode filingDivision, LocalDate filedOn) {
    return new NewOrganization(
        name,
        LegalForm.COMMUNITY_SOCIAL_ORGANIZATION,
        division,
        Recognition.FILED,
        null,
        filingDivision,
        filedOn);
  }

  /**
   * A form for a registered organization.
   *
   * @param name the name
   * @param legalForm the legal form
   * @param division the home division
   * @param uscc the credit code
   * @param registeredOn the registration date
   * @return the form
   */
  public static NewOrganization registered(
      String name,
      LegalForm legalForm,
      DivisionCode division,
      UnifiedSocialCreditCode uscc,
      LocalDate registeredOn) {
    return new NewOrganization(
        name, legalForm, division, Recognition.REGISTERED, uscc, null, registeredOn);
  }
}
