package org.sanshe.core.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;

/**
 * Something that happened to an organization, in the past tense, stamped with the time of the
 * injected clock. Immutable records; equal when all components are equal.
 */
public sealed interface OrganizationEvent {

  /**
   * Returns the organization concerned.
   *
   * @return the id
   */
  OrganizationId organizationId();

  /**
   * Returns when the change was made, from the injected clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * The organization entered the registry.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param name its name
   * @param legalForm its legal form
   * @param division its home division
   */
  record OrganizationRecorded(
      OrganizationId organizationId,
      Instant occurredAt,
      String name,
      LegalForm legalForm,
      DivisionCode division)
      implements OrganizationEvent {}

  /**
   * The organization was filed with a street or town.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param filingDivision the street or town
   * @param filedOn the filing date
   */
  record OrganizationFiled(
      OrganizationId organizationId,
      Instant occurredAt,
      DivisionCode filingDivision,
      LocalDate filedOn)
      implements OrganizationEvent {}

  /**
   * The organization was registered with civil affairs.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param uscc its credit code
   * @param registeredOn the registration date
   */
  record OrganizationRegistered(
      OrganizationId organizationId,
      Instant occurredAt,
      UnifiedSocialCreditCode uscc,
      LocalDate registeredOn)
      implements OrganizationEvent {}

  /**
   * The organization's status changed (activated, suspended, reinstated, deregistered, revoked).
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param from the former status
   * @param to the new status
   */
  record OrganizationStatusChanged(
      OrganizationId organizationId,
      Instant occurredAt,
      OrganizationStatus from,
      OrganizationStatus to)
      implements OrganizationEvent {}

  /**
   * An annual report was submitted.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param year the year reported on
   * @param submittedOn the submission date
   */
  record AnnualReportSubmitted(
      OrganizationId organizationId, Instant occurredAt, Year year, LocalDate submittedOn)
      implements OrganizationEvent {}

  /**
   * An evaluation grade was awarded.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param award the award
   */
  record GradeAwarded(OrganizationId organizationId, Instant occurredAt, GradeAward award)
      implements OrganizationEvent {}

  /**
   * The organization became the hub organization of a street, running its service centre.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param street the street or town
   */
  record HubRoleAssigned(OrganizationId organizationId, Instant occurredAt, DivisionCode street)
      implements OrganizationEvent {}

  /**
   * The organization stopped being a street's hub organization.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param street the street or town
   */
  record HubRoleWithdrawn(OrganizationId organizationId, Instant occurredAt, DivisionCode street)
      implements OrganizationEvent {}

  /**
   * The organization was designated the community federation of a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   */
  record FederationDesignated(
      OrganizationId organizationId, Instant occurredAt, DivisionCode community)
      implements OrganizationEvent {}

  /**
   * The organization joined a community federation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param federation the federation's id
   */
  record FederationJoined(
      OrganizationId organizationId, Instant occurredAt, OrganizationId federation)
      implements OrganizationEvent {}

  /**
   * The organization left a community federation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param federation the federation's id
   */
  record FederationLeft(
      OrganizationId organizationId, Instant occurredAt, OrganizationId federation)
      implements OrganizationEvent {}

  /**
   * The organization landed in a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   * @param from the first day of service
   */
  record LandedInCommunity(
      OrganizationId organizationId, Instant occurredAt, DivisionCode community, LocalDate from)
      implements OrganizationEvent {}

  /**
   * The organization stopped serving in a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   * @param until the first day without service
   */
  record LeftCommunity(
      OrganizationId organizationId, Instant occurredAt, DivisionCode community, LocalDate until)
      implements OrganizationEvent {}

  /**
   * The organization's service domains changed.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param domains the new domains
   */
  record ServiceDomainsChanged(
      OrganizationId organizationId, Instant occurredAt, Set<ServiceDomain> domains)
      implements OrganizationEvent {
    /** Copies the set. */
    public ServiceDomainsChanged {
      domains = Set.copyOf(domains);
    }
  }

  /**
   * The organization reported its certified social workers.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param counts the counts
   */
  record CertifiedWorkersReported(
      OrganizationId organizationId, Instant occurredAt, CertifiedWorkers counts)
      implements OrganizationEvent {}

  /**
   * The organization was renamed.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param formerName the name before
   * @param name the new name
   */
  record OrganizationRenamed(
      OrganizationId organizationId, Instant occurredAt, String formerName, String name)
      implements OrganizationEvent {}

  /**
   * The organization's registered address moved.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param place the division of the new address
   */
  record OrganizationRelocated(
      OrganizationId organizationId, Instant occurredAt, DivisionCode place)
      implements OrganizationEvent {}

  /**
   * The registration form's other fields were recorded (legal representative, contacts, scope,
   * supervising unit, founding date, attributes); the event carries no personal data.
   *
   * @param organizationId the id
   * @param occurredAt when
   */
  record RegistrationDetailsChanged(OrganizationId organizationId, Instant occurredAt)
      implements OrganizationEvent {}

  /**
   * The organization entered incubation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param incubator the incubating organization
   * @param from the first day
   * @param until the agreed end
   */
  record IncubationStarted(
      OrganizationId organizationId,
      Instant occurredAt,
      OrganizationId incubator,
      LocalDate from,
      LocalDate until)
      implements OrganizationEvent {}

  /**
   * The organization graduated from incubation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param incubator the incubating organization
   * @param on the graduation date
   */
  record IncubationGraduated(
      OrganizationId organizationId, Instant occurredAt, OrganizationId incubator, LocalDate on)
      implements OrganizationEvent {}
}
