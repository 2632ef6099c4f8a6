package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.identifier.DivisionCode;

/**
 * Which organizations to list: every criterion that is not null must hold. Build one from {@link
 * #all()} with the {@code with...} methods. Immutable.
 *
 * @param within home division inside this division's subtree (a district, street or community)
 * @param legalForm this legal form
 * @param domain serving in this domain
 * @param status in this status
 * @param gradeValidOn holding a grade valid on this date
 * @param minimumGrade that grade at least this one (needs {@code gradeValidOn})
 * @param landedIn landed in this community: with an open landing, or active on {@code landedOn}
 * @param landedOn the date for {@code landedIn}
 */
public record OrganizationQuery(
    DivisionCode within,
    LegalForm legalForm,
    ServiceDomain domain,
    OrganizationStatus status,
    LocalDate gradeValidOn,
    EvaluationGrade minimumGrade,
    DivisionCode landedIn,
    LocalDate landedOn) {

  private static final OrganizationQuery ALL =
      new OrganizationQuery(null, null, null, null, null, null, null, null);

  /**
   * Returns the query matching every organization.
   *
   * @return the query
   */
  public static OrganizationQuery all() {
    return ALL;
  }

  /**
   * Restricts to a division subtree.
   *
   * @param division the division, not null
   * @return the narrower query
   */
  public OrganizationQuery within(DivisionCode division) {
    return new OrganizationQuery(
        Objects.requireNonNull(division, "division"),
        legalForm,
        domain,
        status,
        gradeValidOn,
        minimumGrade,
        landedIn,
        landedOn);
  }

  /**
   * Restricts to a legal form.
   *
   * @param form the form, not null
   * @return the narrower query
   */
  public OrganizationQuery withLegalForm(LegalForm form) {
    return new OrganizationQuery(
        within,
        Objects.requireNonNull(form, "form"),
        domain,
        status,
        gradeValidOn,
        minimumGrade,
        landedIn,
        landedOn);
  }

  /**
   * Restricts to a service domain.
   *
   * @param serviceDomain the domain, not null
   * @return the narrower query
   */
  public OrganizationQuery withDomain(ServiceDomain serviceDomain) {
    return new OrganizationQuery(
        within,
        legalForm,
        Objects.requireNonNull(serviceDomain, "serviceDomain"),
        status,
        gradeValidOn,
        minimumGrade,
        landedIn,
        landedOn);
  }

  /**
   * Restricts to a status.
   *
   * @param wanted the status, not null
   * @return the narrower query
   */
  public OrganizationQuery withStatus(OrganizationStatus wanted) {
    return new OrganizationQuery(
        within,
        legalForm,
        domain,
        Objects.requireNonNull(wanted, "wanted"),
        gradeValidOn,
        minimumGrade,
        landedIn,
        landedOn);
  }

  /**
   * Restricts to organizations holding a grade of at least a minimum, valid on a date.
   *
   * @param date the date, not null
   * @param minimum the lowest grade accepted, not null ({@link EvaluationGrade#ONE_A} for any)
   * @return the narrower query
   */
  public OrganizationQuery withGradeValidOn(LocalDate date, EvaluationGrade minimum) {
    return new OrganizationQuery(
        within,
        legalForm,
        domain,
        status,
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(minimum, "minimum"),
        landedIn,
        landedOn);
  }

  /**
   * Restricts to organizations with an open landing in a community.
   *
   * @param community the community, not null
   * @return the narrower query
   */
  public OrganizationQuery landedIn(DivisionCode community) {
    return new OrganizationQuery(
        within,
        legalForm,
        domain,
        status,
        gradeValidOn,
        minimumGrade,
        Objects.requireNonNull(community, "community"),
        null);
  }

  /**
   * Restricts to organizations serving in a community on a date.
   *
   * @param community the community, not null
   * @param date the date, not null
   * @return the narrower query
   */
  public OrganizationQuery landedIn(DivisionCode community, LocalDate date) {
    return new OrganizationQuery(
        within,
        legalForm,
        domain,
        status,
        gradeValidOn,
        minimumGrade,
        Objects.requireNonNull(community, "community"),
        Objects.requireNonNull(date, "date"));
  }

  /**
   * Tells whether an organization matches every criterion.
   *
   * @param o the organization, not null
   * @return true if it matches
   */
  public boolean matches(Organization o) {
    if (within != null && !o.division().isWithin(within)) {
      return false;
    }
    if (legalForm != null && o.legalForm() != legalForm) {
      return false;
    }
    if (domain != null && !o.serves(domain)) {
      return false;
    }
    if (status != null && o.status() != status) {
      return false;
    }
    if (gradeValidOn != null) {
      var grade = o.gradeOn(gradeValidOn);
      if (grade.isEmpty()
          || (minimumGrade != null && !grade.get().grade().isAtLeast(minimumGrade))) {
        return false;
      }
    }
    if (landedIn != null) {
      if (landedOn != null) {
        return o.landedIn(landedIn, landedOn);
      }
      for (Landing l : o.landings()) {
        if (l.open() && l.community().equals(landedIn)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
