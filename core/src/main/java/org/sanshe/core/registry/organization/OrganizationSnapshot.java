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
    CertifiedWorkers certifiedWorkers) {

  /** Copies the collections, reading null as empty. */
  public OrganizationSnapshot {
    annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    grades = grades == null ? List.of() : List.copyOf(grades);
    memberships = memberships == null ? List.of() : List.copyOf(memberships);
    landings = landings == null ? List.of() : List.copyOf(landings);
    domains = domains == null ? Set.of() : Set.copyOf(domains);
    certifiedWorkers = certifiedWorkers == null ? CertifiedWorkers.NONE : certifiedWorkers;
  }
}
