package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * The complete state of an organization as plain data, for storage and JSON: {@link
 * Organization#snapshot()} writes it, {@link Organization#restore(OrganizationSnapshot)} checks and
 * reads it. Null lists are read as empty. Immutable.
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param name the name
 * @param legalForm the legal form
 * @param status the status
 * @param division the home division
 * @param uscc the credit code of a registered organization, else null
 * @param registeredOn the registration date, else null
 * @param filingDivision the filing street or town of a filed organization, else null
 * @param filedOn the filing date, else null
 * @param annualReports the annual reports
 * @param grades the grades awarded, oldest first
 * @param hubOf the street whose hub organization it is, or null
 * @param federationOf the community whose federation it is, or null
 * @param memberships the federations it belongs to
 * @param landings its landings in communities
 * @param domains its service domains
 * @param certifiedWorkers its certified social-worker counts (null reads as none)
 * @param details what else the registration form holds (null reads as {@link
 *     RegistrationDetails#EMPTY})
 */
public record OrganizationSnapshot(
    OrganizationId id,
    long version,
    String name,
    LegalForm legalForm,
    OrganizationStatus status,
    DivisionCode division,
    UnifiedSocialCreditCode uscc,
    LocalDate registeredOn,
    DivisionCode filingDivision,
    LocalDate filedOn,
    List<AnnualReport> annualReports,
    List<GradeAward> grades,
    DivisionCode hubOf,
    DivisionCode federationOf,
    List<OrganizationId> memberships,
    List<Landing> landings,
    Set<ServiceDomain> domains,
    CertifiedWorkers certifiedWorkers,
    RegistrationDetails details) {

  /**
   * Creates a snapshot without registration details, as written before they existed.
   *
   * @param id the id
   * @param version the version
   * @param name the name
   * @param legalForm the legal form
   * @param status the status
   * @param division the home division
   * @param uscc the credit code, or null
   * @param registeredOn the registration date, or null
   * @param filingDivision the filing division, or null
   * @param filedOn the filing date, or null
   * @param annualReports the annual reports
   * @param grades the grades
   * @param hubOf the hub street, or null
   * @param federationOf the federation community, or null
   * @param memberships the memberships
   * @param landings the landings
   * @param domains the domains
   * @param certifiedWorkers the certified-worker counts
   */
  public OrganizationSnapshot(
      OrganizationId id,
      long version,
      String name,
      LegalForm legalForm,
      OrganizationStatus status,
      DivisionCode division,
      UnifiedSocialCreditCode uscc,
      LocalDate registeredOn,
      DivisionCode filingDivision,
      LocalDate filedOn,
      List<AnnualReport> annualReports,
      List<GradeAward> grades,
      DivisionCode hubOf,
      DivisionCode federationOf,
      List<OrganizationId> memberships,
      List<Landing> landings,
      Set<ServiceDomain> domains,
      CertifiedWorkers certifiedWorkers) {
    this(
        id,
        version,
        name,
        legalForm,
        status,
        division,
        uscc,
        registeredOn,
        filingDivision,
        filedOn,
        annualReports,
        grades,
        hubOf,
        federationOf,
        memberships,
        landings,
        domains,
        certifiedWorkers,
        null);
  }

  /**
   * Returns this snapshot with registration details.
   *
   * @param newDetails the details, null for none
   * @return the snapshot
   */
  public OrganizationSnapshot withDetails(RegistrationDetails newDetails) {
    return new OrganizationSnapshot(
        id,
        version,
        name,
        legalForm,
        status,
        division,
        uscc,
        registeredOn,
        filingDivision,
        filedOn,
        annualReports,
        grades,
        hubOf,
        federationOf,
        memberships,
        landings,
        domains,
        certifiedWorkers,
        newDetails);
  }

  /** Copies the collections, reading null as empty. */
  public OrganizationSnapshot {
    annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    grades = grades == null ? List.of() : List.copyOf(grades);
    memberships = memberships == null ? List.of() : List.copyOf(memberships);
    landings = landings == null ? List.of() : List.copyOf(landings);
    domains = domains == null ? Set.of() : ServiceDomain.sortedSet(domains);
    certifiedWorkers = certifiedWorkers == null ? CertifiedWorkers.NONE : certifiedWorkers;
    details = details == null ? RegistrationDetails.EMPTY : details;
  }
}
