package org.sanshe.core.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
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
   * The actor of events raised without one: outside an acting {@link OrganizationRegistry} (see
   * {@link OrganizationRegistry#actingAs(String)}), and of events stored before Sanshe recorded who
   * acted (a stored event without an actor reads back with this one): {@value}.
   */
  String UNRECORDED = org.sanshe.core.registry.Actors.UNRECORDED;

  /**
   * Returns who acted: a staff member's or system's id as the integrator assigns it, 1 to 64
   * characters without white space, or {@link #UNRECORDED}.
   *
   * @return the actor's id
   */
  String actor();

  /**
   * Returns this event naming another actor.
   *
   * @param actor the actor's id, 1 to 64 characters without white space
   * @return the event with that actor
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  OrganizationEvent withActor(String actor);

  /**
   * Checks an event's actor: null (an event stored before actors were recorded) becomes {@link
   * #UNRECORDED}.
   *
   * @param actor the actor's id, or null
   * @return the actor
   * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  static String actorOrUnrecorded(String actor) {
    return org.sanshe.core.registry.Actors.orUnrecorded(actor);
  }

  /**
   * The organization entered the registry.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param name its name
   * @param legalForm its legal form
   * @param division its home division
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationRecorded(
      OrganizationId organizationId,
      Instant occurredAt,
      String name,
      LegalForm legalForm,
      DivisionCode division,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationRecorded {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param name the {@code name} component
     * @param legalForm the {@code legalForm} component
     * @param division the {@code division} component
     */
    public OrganizationRecorded(
        OrganizationId organizationId,
        Instant occurredAt,
        String name,
        LegalForm legalForm,
        DivisionCode division) {
      this(organizationId, occurredAt, name, legalForm, division, UNRECORDED);
    }

    @Override
    public OrganizationRecorded withActor(String actor) {
      return new OrganizationRecorded(
          organizationId,
          occurredAt,
          name,
          legalForm,
          division,
          Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization was filed with a street or town.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param filingDivision the street or town
   * @param filedOn the filing date
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationFiled(
      OrganizationId organizationId,
      Instant occurredAt,
      DivisionCode filingDivision,
      LocalDate filedOn,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationFiled {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param filingDivision the {@code filingDivision} component
     * @param filedOn the {@code filedOn} component
     */
    public OrganizationFiled(
        OrganizationId organizationId,
        Instant occurredAt,
        DivisionCode filingDivision,
        LocalDate filedOn) {
      this(organizationId, occurredAt, filingDivision, filedOn, UNRECORDED);
    }

    @Override
    public OrganizationFiled withActor(String actor) {
      return new OrganizationFiled(
          organizationId,
          occurredAt,
          filingDivision,
          filedOn,
          Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization was registered with civil affairs.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param uscc its credit code
   * @param registeredOn the registration date
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationRegistered(
      OrganizationId organizationId,
      Instant occurredAt,
      UnifiedSocialCreditCode uscc,
      LocalDate registeredOn,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationRegistered {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param uscc the {@code uscc} component
     * @param registeredOn the {@code registeredOn} component
     */
    public OrganizationRegistered(
        OrganizationId organizationId,
        Instant occurredAt,
        UnifiedSocialCreditCode uscc,
        LocalDate registeredOn) {
      this(organizationId, occurredAt, uscc, registeredOn, UNRECORDED);
    }

    @Override
    public OrganizationRegistered withActor(String actor) {
      return new OrganizationRegistered(
          organizationId, occurredAt, uscc, registeredOn, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization's status changed (activated, suspended, reinstated, deregistered, revoked).
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param from the former status
   * @param to the new status
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationStatusChanged(
      OrganizationId organizationId,
      Instant occurredAt,
      OrganizationStatus from,
      OrganizationStatus to,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationStatusChanged {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param from the {@code from} component
     * @param to the {@code to} component
     */
    public OrganizationStatusChanged(
        OrganizationId organizationId,
        Instant occurredAt,
        OrganizationStatus from,
        OrganizationStatus to) {
      this(organizationId, occurredAt, from, to, UNRECORDED);
    }

    @Override
    public OrganizationStatusChanged withActor(String actor) {
      return new OrganizationStatusChanged(
          organizationId, occurredAt, from, to, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * An annual report was submitted.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param year the year reported on
   * @param submittedOn the submission date
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record AnnualReportSubmitted(
      OrganizationId organizationId,
      Instant occurredAt,
      Year year,
      LocalDate submittedOn,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public AnnualReportSubmitted {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param year the {@code year} component
     * @param submittedOn the {@code submittedOn} component
     */
    public AnnualReportSubmitted(
        OrganizationId organizationId, Instant occurredAt, Year year, LocalDate submittedOn) {
      this(organizationId, occurredAt, year, submittedOn, UNRECORDED);
    }

    @Override
    public AnnualReportSubmitted withActor(String actor) {
      return new AnnualReportSubmitted(
          organizationId, occurredAt, year, submittedOn, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * An evaluation grade was awarded.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param award the award
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record GradeAwarded(
      OrganizationId organizationId, Instant occurredAt, GradeAward award, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public GradeAwarded {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param award the {@code award} component
     */
    public GradeAwarded(OrganizationId organizationId, Instant occurredAt, GradeAward award) {
      this(organizationId, occurredAt, award, UNRECORDED);
    }

    @Override
    public GradeAwarded withActor(String actor) {
      return new GradeAwarded(
          organizationId, occurredAt, award, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization became the hub organization of a street, running its service centre.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param street the street or town
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record HubRoleAssigned(
      OrganizationId organizationId, Instant occurredAt, DivisionCode street, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public HubRoleAssigned {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param street the {@code street} component
     */
    public HubRoleAssigned(OrganizationId organizationId, Instant occurredAt, DivisionCode street) {
      this(organizationId, occurredAt, street, UNRECORDED);
    }

    @Override
    public HubRoleAssigned withActor(String actor) {
      return new HubRoleAssigned(
          organizationId, occurredAt, street, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization stopped being a street's hub organization.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param street the street or town
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record HubRoleWithdrawn(
      OrganizationId organizationId, Instant occurredAt, DivisionCode street, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public HubRoleWithdrawn {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param street the {@code street} component
     */
    public HubRoleWithdrawn(
        OrganizationId organizationId, Instant occurredAt, DivisionCode street) {
      this(organizationId, occurredAt, street, UNRECORDED);
    }

    @Override
    public HubRoleWithdrawn withActor(String actor) {
      return new HubRoleWithdrawn(
          organizationId, occurredAt, street, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization was designated the community federation of a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record FederationDesignated(
      OrganizationId organizationId, Instant occurredAt, DivisionCode community, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public FederationDesignated {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param community the {@code community} component
     */
    public FederationDesignated(
        OrganizationId organizationId, Instant occurredAt, DivisionCode community) {
      this(organizationId, occurredAt, community, UNRECORDED);
    }

    @Override
    public FederationDesignated withActor(String actor) {
      return new FederationDesignated(
          organizationId, occurredAt, community, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization joined a community federation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param federation the federation's id
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record FederationJoined(
      OrganizationId organizationId, Instant occurredAt, OrganizationId federation, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public FederationJoined {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param federation the {@code federation} component
     */
    public FederationJoined(
        OrganizationId organizationId, Instant occurredAt, OrganizationId federation) {
      this(organizationId, occurredAt, federation, UNRECORDED);
    }

    @Override
    public FederationJoined withActor(String actor) {
      return new FederationJoined(
          organizationId, occurredAt, federation, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization left a community federation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param federation the federation's id
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record FederationLeft(
      OrganizationId organizationId, Instant occurredAt, OrganizationId federation, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public FederationLeft {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param federation the {@code federation} component
     */
    public FederationLeft(
        OrganizationId organizationId, Instant occurredAt, OrganizationId federation) {
      this(organizationId, occurredAt, federation, UNRECORDED);
    }

    @Override
    public FederationLeft withActor(String actor) {
      return new FederationLeft(
          organizationId, occurredAt, federation, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization landed in a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   * @param from the first day of service
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record LandedInCommunity(
      OrganizationId organizationId,
      Instant occurredAt,
      DivisionCode community,
      LocalDate from,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public LandedInCommunity {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param community the {@code community} component
     * @param from the {@code from} component
     */
    public LandedInCommunity(
        OrganizationId organizationId, Instant occurredAt, DivisionCode community, LocalDate from) {
      this(organizationId, occurredAt, community, from, UNRECORDED);
    }

    @Override
    public LandedInCommunity withActor(String actor) {
      return new LandedInCommunity(
          organizationId, occurredAt, community, from, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization stopped serving in a community.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param community the community
   * @param until the first day without service
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record LeftCommunity(
      OrganizationId organizationId,
      Instant occurredAt,
      DivisionCode community,
      LocalDate until,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public LeftCommunity {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param community the {@code community} component
     * @param until the {@code until} component
     */
    public LeftCommunity(
        OrganizationId organizationId,
        Instant occurredAt,
        DivisionCode community,
        LocalDate until) {
      this(organizationId, occurredAt, community, until, UNRECORDED);
    }

    @Override
    public LeftCommunity withActor(String actor) {
      return new LeftCommunity(
          organizationId, occurredAt, community, until, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization's service domains changed.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param domains the new domains
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record ServiceDomainsChanged(
      OrganizationId organizationId, Instant occurredAt, Set<ServiceDomain> domains, String actor)
      implements OrganizationEvent {
    /** Copies the set, in code order ({@link ServiceDomain#sortedSet}). */
    public ServiceDomainsChanged {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
      domains = ServiceDomain.sortedSet(domains);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param domains the {@code domains} component
     */
    public ServiceDomainsChanged(
        OrganizationId organizationId, Instant occurredAt, Set<ServiceDomain> domains) {
      this(organizationId, occurredAt, domains, UNRECORDED);
    }

    @Override
    public ServiceDomainsChanged withActor(String actor) {
      return new ServiceDomainsChanged(
          organizationId, occurredAt, domains, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization reported its certified social workers.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param counts the counts
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record CertifiedWorkersReported(
      OrganizationId organizationId, Instant occurredAt, CertifiedWorkers counts, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public CertifiedWorkersReported {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param counts the {@code counts} component
     */
    public CertifiedWorkersReported(
        OrganizationId organizationId, Instant occurredAt, CertifiedWorkers counts) {
      this(organizationId, occurredAt, counts, UNRECORDED);
    }

    @Override
    public CertifiedWorkersReported withActor(String actor) {
      return new CertifiedWorkersReported(
          organizationId, occurredAt, counts, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization was renamed.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param formerName the name before
   * @param name the new name
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationRenamed(
      OrganizationId organizationId,
      Instant occurredAt,
      String formerName,
      String name,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationRenamed {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param formerName the {@code formerName} component
     * @param name the {@code name} component
     */
    public OrganizationRenamed(
        OrganizationId organizationId, Instant occurredAt, String formerName, String name) {
      this(organizationId, occurredAt, formerName, name, UNRECORDED);
    }

    @Override
    public OrganizationRenamed withActor(String actor) {
      return new OrganizationRenamed(
          organizationId, occurredAt, formerName, name, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization's registered address moved.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param place the division of the new address
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record OrganizationRelocated(
      OrganizationId organizationId, Instant occurredAt, DivisionCode place, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public OrganizationRelocated {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param place the {@code place} component
     */
    public OrganizationRelocated(
        OrganizationId organizationId, Instant occurredAt, DivisionCode place) {
      this(organizationId, occurredAt, place, UNRECORDED);
    }

    @Override
    public OrganizationRelocated withActor(String actor) {
      return new OrganizationRelocated(
          organizationId, occurredAt, place, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The registration form's other fields were recorded (legal representative, contacts, scope,
   * supervising unit, founding date, attributes); the event carries no personal data.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record RegistrationDetailsChanged(OrganizationId organizationId, Instant occurredAt, String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public RegistrationDetailsChanged {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     */
    public RegistrationDetailsChanged(OrganizationId organizationId, Instant occurredAt) {
      this(organizationId, occurredAt, UNRECORDED);
    }

    @Override
    public RegistrationDetailsChanged withActor(String actor) {
      return new RegistrationDetailsChanged(
          organizationId, occurredAt, Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization entered incubation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param incubator the incubating organization
   * @param from the first day
   * @param until the agreed end
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record IncubationStarted(
      OrganizationId organizationId,
      Instant occurredAt,
      OrganizationId incubator,
      LocalDate from,
      LocalDate until,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public IncubationStarted {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param incubator the {@code incubator} component
     * @param from the {@code from} component
     * @param until the {@code until} component
     */
    public IncubationStarted(
        OrganizationId organizationId,
        Instant occurredAt,
        OrganizationId incubator,
        LocalDate from,
        LocalDate until) {
      this(organizationId, occurredAt, incubator, from, until, UNRECORDED);
    }

    @Override
    public IncubationStarted withActor(String actor) {
      return new IncubationStarted(
          organizationId,
          occurredAt,
          incubator,
          from,
          until,
          Objects.requireNonNull(actor, "actor"));
    }
  }

  /**
   * The organization graduated from incubation.
   *
   * @param organizationId the id
   * @param occurredAt when
   * @param incubator the incubating organization
   * @param on the graduation date
   * @param actor who acted, or {@link #UNRECORDED}
   */
  record IncubationGraduated(
      OrganizationId organizationId,
      Instant occurredAt,
      OrganizationId incubator,
      LocalDate on,
      String actor)
      implements OrganizationEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * OrganizationEvent#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public IncubationGraduated {
      actor = OrganizationEvent.actorOrUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link OrganizationEvent#UNRECORDED}), as before actors
     * were recorded.
     *
     * @param organizationId the {@code organizationId} component
     * @param occurredAt the {@code occurredAt} component
     * @param incubator the {@code incubator} component
     * @param on the {@code on} component
     */
    public IncubationGraduated(
        OrganizationId organizationId, Instant occurredAt, OrganizationId incubator, LocalDate on) {
      this(organizationId, occurredAt, incubator, on, UNRECORDED);
    }

    @Override
    public IncubationGraduated withActor(String actor) {
      return new IncubationGraduated(
          organizationId, occurredAt, incubator, on, Objects.requireNonNull(actor, "actor"));
    }
  }
}
