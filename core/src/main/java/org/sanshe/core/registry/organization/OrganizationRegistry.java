package org.sanshe.core.registry.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.kernel.ListenerFailureHandler;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.division.Divisions;

/**
 * The application service of the registry: runs each command against the current organization,
 * checks what one aggregate cannot see (divisions known to the directory, credit codes held by
 * others, the federation joined), stores the result and hands the events raised to a listener
 * (whose failures never undo or fail the stored command: see the constructor).
 *
 * <p>Thread-safe if its collaborators are. A refused command changes nothing. Concurrent commands
 * on the same organization are serialized by the store's optimistic versions: the loser gets a
 * {@link org.sanshe.core.registry.StaleVersionException} and may simply retry.
 */
public final class OrganizationRegistry {

  private final Organizations organizations;
  private final Divisions divisions;
  private final Clock clock;
  private final IdSource ids;
  private final EvaluationPolicy evaluation;
  private final ServiceDomainCatalogue domains;
  private final Consumer<OrganizationEvent> listener;
  private final ListenerFailureHandler<OrganizationEvent> listenerFailures;
  private final String actor;

  /**
   * Creates the service from the parts a {@link Builder} holds; the only way in is {@link
   * #builder}.
   *
   * <p>The listener is called after the change is stored, once per event in order. If it throws (a
   * {@link RuntimeException}), the change stays stored, the command still returns the stored
   * organization, the failure goes to {@code listenerFailures} with its event, and the remaining
   * events are still delivered: a listener failure is never mistaken for a refused command. For
   * events that must never be lost, use a store with an outbox rather than a listener.
   */
  private OrganizationRegistry(
      Organizations organizations,
      Divisions divisions,
      Clock clock,
      IdSource ids,
      EvaluationPolicy evaluation,
      ServiceDomainCatalogue domains,
      Consumer<OrganizationEvent> listener,
      ListenerFailureHandler<OrganizationEvent> listenerFailures) {
    this.organizations = Objects.requireNonNull(organizations, "organizations");
    this.divisions = Objects.requireNonNull(divisions, "divisions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    this.domains = Objects.requireNonNull(domains, "domains");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.listenerFailures = Objects.requireNonNull(listenerFailures, "listenerFailures");
    this.actor = OrganizationEvent.UNRECORDED;
  }

  private OrganizationRegistry(OrganizationRegistry base, String actor) {
    this.organizations = base.organizations;
    this.divisions = base.divisions;
    this.clock = base.clock;
    this.ids = base.ids;
    this.evaluation = base.evaluation;
    this.domains = base.domains;
    this.listener = base.listener;
    this.listenerFailures = base.listenerFailures;
    this.actor = actor;
  }

  /**
   * Returns this registry service acting for someone: the events of every command through the
   * returned service name that actor (events of commands through this one name the actor it was
   * given, or {@link OrganizationEvent#UNRECORDED}). Cheap: the parts are shared; call it per
   * request with the signed-in staff member's id, or once with a system's id for an import job.
   *
   * @param actor the actor's id, 1 to 64 characters without white space, as the integrator assigns
   *     it (a civil-affairs officer, a street's staff member, a scheduler)
   * @return the acting service
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  public OrganizationRegistry actingAs(String actor) {
    return new OrganizationRegistry(
        this, OrganizationEvent.actorOrUnrecorded(Objects.requireNonNull(actor, "actor")));
  }

  /**
   * Returns who the events of this service's commands name.
   *
   * @return the actor's id, or {@link OrganizationEvent#UNRECORDED}
   */
  public String actor() {
    return actor;
  }

  /**
   * Starts a registry service with named parts, the way to build one without positional arguments:
   *
   * <pre>{@code
   * OrganizationRegistry registry = OrganizationRegistry.builder(organizations, divisions)
   *     .clock(clock)                    // default: the system clock in UTC
   *     .ids(IdSource.sequential("org-")) // default: random UUIDs
   *     .evaluation(policy)              // default: EvaluationPolicy.preset()
   *     .domains(catalogue)              // default: ServiceDomainCatalogue.presets()
   *     .listener(events::add)           // default: none (use a store with an outbox instead)
   *     .build();
   * }</pre>
   *
   * @param organizations the store, not null
   * @param divisions the division directory, not null
   * @return the builder
   */
  public static Builder builder(Organizations organizations, Divisions divisions) {
    return new Builder(organizations, divisions);
  }

  /**
   * Builds an {@link OrganizationRegistry}. The store and the division directory are required;
   * every other part has the default its setter names. Not thread-safe; build once.
   */
  public static final class Builder {

    private final Organizations organizations;
    private final Divisions divisions;
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.randomUuids();
    private EvaluationPolicy evaluation = EvaluationPolicy.preset();
    private ServiceDomainCatalogue domains = ServiceDomainCatalogue.presets();
    private Consumer<OrganizationEvent> listener = event -> {};
    private ListenerFailureHandler<OrganizationEvent> listenerFailures =
        ListenerFailureHandler.uncaughtExceptionHandler();

    private Builder(Organizations organizations, Divisions divisions) {
      this.organizations = Objects.requireNonNull(organizations, "organizations");
      this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    /**
     * Sets the clock stamping events and dating commands; default the system clock in UTC.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of new organization ids; default random UUIDs.
     *
     * @param ids the id source, not null
     * @return this builder
     */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Sets the evaluation policy; default {@link EvaluationPolicy#preset()}.
     *
     * @param evaluation the policy, not null
     * @return this builder
     */
    public Builder evaluation(EvaluationPolicy evaluation) {
      this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
      return this;
    }

    /**
     * Sets the service domains the place lists; default {@link ServiceDomainCatalogue#presets()}
     * (the eleven preset domains). {@link OrganizationRegistry#changeDomains} and {@link
     * OrganizationRegistry#importAll} refuse a domain the catalogue does not list with {@code
     * CATALOGUE_ENTRY_UNKNOWN}; organizations already stored with a domain later removed from the
     * catalogue still read back and keep it until their domains are changed.
     *
     * @param domains the catalogue, not null
     * @return this builder
     */
    public Builder domains(ServiceDomainCatalogue domains) {
      this.domains = Objects.requireNonNull(domains, "domains");
      return this;
    }

    /**
     * Sets who receives every event after its change is stored; default none. A listener's failure
     * never undoes a stored command (see the class documentation); for events that must never be
     * lost, use a store with an outbox.
     *
     * @param listener the listener, not null
     * @return this builder
     */
    public Builder listener(Consumer<OrganizationEvent> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets where a listener's failures go; default the current thread's uncaught-exception handler.
     *
     * @param listenerFailures the handler, not null
     * @return this builder
     */
    public Builder listenerFailures(ListenerFailureHandler<OrganizationEvent> listenerFailures) {
      this.listenerFailures = Objects.requireNonNull(listenerFailures, "listenerFailures");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return a new registry service over the parts set
     */
    public OrganizationRegistry build() {
      return new OrganizationRegistry(
          organizations, divisions, clock, ids, evaluation, domains, listener, listenerFailures);
    }
  }

  /**
   * Brings a new organization into the registry.
   *
   * @param form the form, not null
   * @return the stored organization
   * @throws RegistryException with {@code REGISTRY_DIVISION_UNKNOWN}, {@code
   *     ORGANIZATION_USCC_DUPLICATE} or any code of {@link Organization#create}
   */
  public Organization create(NewOrganization form) {
    Objects.requireNonNull(form, "form");
    known(form.division());
    if (form.filingDivision() != null) {
      known(form.filingDivision());
    }
    if (form.uscc() != null) {
      uniqueUscc(form.uscc(), null);
    }
    NewOrganization shared =
        new NewOrganization(
            form.name(),
            form.legalForm(),
            divisions.canonical(form.division()),
            form.recognition(),
            form.uscc(),
            form.filingDivision() == null ? null : divisions.canonical(form.filingDivision()),
            form.since());
    Organization created = Organization.create(new OrganizationId(ids.nextId()), shared, clock);
    return store(created);
  }

  /**
   * Files an incubating organization with a street or town.
   *
   * @param id the organization, not null
   * @param street the street or town, not null
   * @param filedOn the filing date, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     REGISTRY_DIVISION_UNKNOWN} or any code of {@link Organization#file}
   */
  public Organization file(OrganizationId id, DivisionCode street, LocalDate filedOn) {
    known(street);
    return update(id, o -> o.file(divisions.canonical(street), filedOn, clock));
  }

  /**
   * Registers an organization with civil affairs.
   *
   * @param id the organization, not null
   * @param uscc its credit code (null refused with {@code ORGANIZATION_REGISTERED_WITHOUT_USCC})
   * @param registeredOn the registration date, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     ORGANIZATION_USCC_DUPLICATE} or any code of {@link Organization#register}
   */
  public Organization register(
      OrganizationId id, UnifiedSocialCreditCode uscc, LocalDate registeredOn) {
    if (uscc != null) {
      uniqueUscc(uscc, id);
    }
    return update(id, o -> o.register(uscc, registeredOn, clock));
  }

  /**
   * Activates an organization.
   *
   * @param id the organization, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code
   *     ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization activate(OrganizationId id) {
    return update(id, o -> o.activate(clock));
  }

  /**
   * Suspends an organization.
   *
   * @param id the organization, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code
   *     ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization suspend(OrganizationId id) {
    return update(id, o -> o.suspend(clock));
  }

  /**
   * Deregisters an organization.
   *
   * @param id the organization, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code
   *     ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization deregister(OrganizationId id) {
    return update(id, o -> o.deregister(clock));
  }

  /**
   * Revokes an organization.
   *
   * @param id the organization, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code
   *     ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization revoke(OrganizationId id) {
    return update(id, o -> o.revoke(clock));
  }

  /**
   * Records an annual report.
   *
   * @param id the organization, not null
   * @param year the year reported on, not null
   * @param submittedOn the submission date, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or any code of {@link
   *     Organization#submitAnnualReport}
   */
  public Organization submitAnnualReport(OrganizationId id, Year year, LocalDate submittedOn) {
    return update(id, o -> o.submitAnnualReport(year, submittedOn, clock));
  }

  /**
   * Awards the grade a score earns under the configured evaluation policy.
   *
   * @param id the organization, not null
   * @param score the 1000-point score
   * @param on the award date, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code ORGANIZATION_SCORE_RANGE}
   *     or {@code ORGANIZATION_GRADE_INELIGIBLE}
   */
  public Organization awardGrade(OrganizationId id, int score, LocalDate on) {
    return update(id, o -> o.awardGrade(score, on, evaluation, clock));
  }

  /**
   * Makes an organization the hub organization of a street.
   *
   * @param id the organization, not null
   * @param street the street or town, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     REGISTRY_DIVISION_UNKNOWN}, {@code ORGANIZATION_HUB_TAKEN} or any code of {@link
   *     Organization#assignHub}
   */
  public Organization assignHub(OrganizationId id, DivisionCode street) {
    known(street);
    Optional<Organization> holder = organizations.hubOf(street);
    if (holder.isPresent() && !holder.get().id().equals(id)) {
      throw new RegistryException(RegistryError.ORGANIZATION_HUB_TAKEN, street, holder.get().id());
    }
    return update(id, o -> o.assignHub(divisions.canonical(street), clock));
  }

  /**
   * Designates an organization as a community's federation.
   *
   * @param id the organization, not null
   * @param community the community, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     REGISTRY_DIVISION_UNKNOWN}, {@code ORGANIZATION_FEDERATION_TAKEN} or any code of {@link
   *     Organization#designateFederation}
   */
  public Organization designateFederation(OrganizationId id, DivisionCode community) {
    known(community);
    Optional<Organization> holder = organizations.federationOf(community);
    if (holder.isPresent() && !holder.get().id().equals(id)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_FEDERATION_TAKEN, community, holder.get().id());
    }
    return update(id, o -> o.designateFederation(divisions.canonical(community), clock));
  }

  /**
   * Makes an organization a member of a community federation.
   *
   * @param id the member, not null
   * @param federation the federation, not null
   * @return the stored member
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     ORGANIZATION_NOT_FEDERATION} or any code of {@link Organization#joinFederation}
   */
  public Organization joinFederation(OrganizationId id, OrganizationId federation) {
    Organization f =
        organizations
            .find(federation)
            .orElseThrow(
                () -> new RegistryException(RegistryError.ORGANIZATION_NOT_FOUND, federation));
    if (f.federationOf().isEmpty()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_FEDERATION, federation);
    }
    return update(id, o -> o.joinFederation(federation, clock));
  }

  /**
   * Ends a federation membership.
   *
   * @param id the member, not null
   * @param federation the federation, not null
   * @return the stored member
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code
   *     ORGANIZATION_MEMBERSHIP}
   */
  public Organization leaveFederation(OrganizationId id, OrganizationId federation) {
    return update(id, o -> o.leaveFederation(federation, clock));
  }

  /**
   * Lands an organization in a community.
   *
   * @param id the organization, not null
   * @param community the community, not null
   * @param from the first day, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, {@code
   *     REGISTRY_DIVISION_UNKNOWN} or any code of {@link Organization#landIn}
   */
  public Organization landIn(OrganizationId id, DivisionCode community, LocalDate from) {
    known(community);
    return update(id, o -> o.landIn(divisions.canonical(community), from, clock));
  }

  /**
   * Ends a landing.
   *
   * @param id the organization, not null
   * @param community the community, not null
   * @param until the first day without service, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or any code of {@link
   *     Organization#leave}
   */
  public Organization leave(OrganizationId id, DivisionCode community, LocalDate until) {
    return update(id, o -> o.leave(community, until, clock));
  }

  /**
   * Renames an organization.
   *
   * @param id the organization, not null
   * @param newName the new name, not blank
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or any code of {@link
   *     Organization#rename}
   */
  public Organization rename(OrganizationId id, String newName) {
    return update(id, o -> o.rename(newName, clock));
  }

  /**
   * Moves an organization's registered address to a place of the division directory.
   *
   * @param id the organization, not null
   * @param address the new address, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_PLACE_UNKNOWN} (nothing changed), {@code
   *     ORGANIZATION_NOT_FOUND} or any code of {@link Organization#relocate}
   */
  public Organization relocate(OrganizationId id, RegisteredAddress address) {
    Objects.requireNonNull(address, "address");
    if (!divisions.contains(address.place())) {
      throw new RegistryException(RegistryError.ORGANIZATION_PLACE_UNKNOWN, address.place());
    }
    RegisteredAddress canonical =
        new RegisteredAddress(divisions.canonical(address.place()), address.line());
    return update(id, o -> o.relocate(canonical, clock));
  }

  /**
   * Records the registration form's other fields.
   *
   * @param id the organization, not null
   * @param form the fields, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or any code of {@link
   *     Organization#recordDetails}
   */
  public Organization recordDetails(OrganizationId id, RegistrationDetails form) {
    return update(id, o -> o.recordDetails(form, clock));
  }

  /**
   * Records the start of an incubation by another organization of the registry.
   *
   * @param id the organization incubated, not null
   * @param incubator the incubator, a stored organization
   * @param from the first day, not null
   * @param until the agreed end, after {@code from}
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} (either organization) or any code
   *     of {@link Organization#startIncubation}
   */
  public Organization startIncubation(
      OrganizationId id, OrganizationId incubator, LocalDate from, LocalDate until) {
    Objects.requireNonNull(incubator, "incubator");
    if (organizations.find(incubator).isEmpty()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_FOUND, incubator);
    }
    return update(id, o -> o.startIncubation(incubator, from, until, clock));
  }

  /**
   * Records a graduation from incubation.
   *
   * @param id the organization, not null
   * @param on the graduation date, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or any code of {@link
   *     Organization#graduate}
   */
  public Organization graduate(OrganizationId id, LocalDate on) {
    return update(id, o -> o.graduate(on, clock));
  }

  /**
   * Counts the organizations on the registry on a day within a division (see {@link
   * Organization#onRegistryOn}). Reads the division's organizations page by page.
   *
   * @param root the division whose subtree is counted, not null
   * @param day the day, not null
   * @return the count
   */
  public long countAsOf(DivisionCode root, LocalDate day) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(day, "day");
    return growth(root, List.of(day)).get(day);
  }

  /**
   * Counts the organizations on the registry on each of several days within a division, in one
   * pass: the growth of the registry over years when the days are year ends.
   *
   * @param root the division whose subtree is counted, not null
   * @param days the days, not null
   * @return the count per day, in day order
   */
  public java.util.SortedMap<LocalDate, Long> growth(DivisionCode root, List<LocalDate> days) {
    Objects.requireNonNull(root, "root");
    java.util.TreeMap<LocalDate, Long> counts = new java.util.TreeMap<>();
    for (LocalDate day : days) {
      counts.put(Objects.requireNonNull(day, "day"), 0L);
    }
    OrganizationQuery query = OrganizationQuery.all().within(root);
    org.sanshe.core.registry.PageRequest page =
        org.sanshe.core.registry.PageRequest.first(org.sanshe.core.registry.PageRequest.MAX_LIMIT);
    while (true) {
      org.sanshe.core.registry.Page<Organization> p = organizations.query(query, page);
      for (Organization o : p.items()) {
        for (java.util.Map.Entry<LocalDate, Long> e : counts.entrySet()) {
          if (o.onRegistryOn(e.getKey())) {
            e.setValue(e.getValue() + 1);
          }
        }
      }
      if (!p.hasNext()) {
        return java.util.Collections.unmodifiableSortedMap(counts);
      }
      page = page.next();
    }
  }

  /**
   * Replaces the service domains.
   *
   * @param id the organization, not null
   * @param newDomains the domains, not null, each listed in the registry's {@link
   *     ServiceDomainCatalogue}
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code ORGANIZATION_CLOSED}
   * @throws org.sanshe.core.error.SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} for a domain
   *     the catalogue does not list (nothing changed)
   */
  public Organization changeDomains(OrganizationId id, Set<ServiceDomain> newDomains) {
    Set<ServiceDomain> listed = domains.requireAll(newDomains);
    return update(id, o -> o.changeDomains(listed, clock));
  }

  /**
   * Returns the service domains this registry accepts.
   *
   * @return the catalogue
   */
  public ServiceDomainCatalogue domains() {
    return domains;
  }

  /**
   * Records certified social-worker counts.
   *
   * @param id the organization, not null
   * @param counts the counts, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND} or {@code ORGANIZATION_CLOSED}
   */
  public Organization reportCertifiedWorkers(OrganizationId id, CertifiedWorkers counts) {
    return update(id, o -> o.reportCertifiedWorkers(counts, clock));
  }

  /**
   * Imports restored organizations, all or none: every division they name must be known and every
   * service domain listed in the catalogue (checked here), every id, credit code, hub street and
   * federation community must be free in the store and in the batch (checked by the store, which
   * reports all problems together).
   *
   * @param restored the organizations, by input index; null entries stand for elements that already
   *     failed (reported in {@code earlier}), not null
   * @param earlier problems found before, such as unreadable elements, not null
   * @return how many organizations were stored
   * @throws org.sanshe.core.error.InvalidInputException listing every problem (path {@code [i]})
   *     when any exists; nothing is stored then
   */
  public int importAll(List<Organization> restored, Problems earlier) {
    Objects.requireNonNull(restored, "restored");
    Objects.requireNonNull(earlier, "earlier");
    Problems.Builder problems = Problems.builder().addAll(earlier);
    List<Organization> checked = new ArrayList<>(restored);
    int count = 0;
    for (int i = 0; i < checked.size(); i++) {
      Organization o = checked.get(i);
      if (o == null) {
        continue;
      }
      try {
        checkDivisions(o);
        domains.requireAll(o.domains());
        count++;
      } catch (SansheException e) {
        problems.add("[" + i + "]", e);
        checked.set(i, null);
      }
    }
    organizations.saveAll(checked, problems.build());
    return count;
  }

  private void checkDivisions(Organization o) {
    known(o.division());
    if (o.standing() instanceof LegalStanding.Filed f) {
      known(f.filingDivision());
    }
    if (o.hubOf().isPresent()) {
      known(o.hubOf().get());
    }
    if (o.federationOf().isPresent()) {
      known(o.federationOf().get());
    }
    for (Landing l : o.landings()) {
      known(l.community());
    }
  }

  /**
   * Applies a command to the current organization and stores the result.
   *
   * @param id the organization, not null
   * @param command the command, not null
   * @return the stored organization
   * @throws RegistryException with {@code ORGANIZATION_NOT_FOUND}, the command's codes, or a {@link
   *     org.sanshe.core.registry.StaleVersionException} if another writer won the race
   */
  public Organization update(OrganizationId id, UnaryOperator<Organization> command) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(command, "command");
    Organization current =
        organizations
            .find(id)
            .orElseThrow(() -> new RegistryException(RegistryError.ORGANIZATION_NOT_FOUND, id));
    return store(command.apply(current));
  }

  private Organization store(Organization command) {
    Organization changed =
        actor.equals(OrganizationEvent.UNRECORDED) ? command : command.actedBy(actor);
    List<OrganizationEvent> events = changed.events();
    Organization saved = organizations.save(changed);
    for (OrganizationEvent event : events) {
      ListenerFailureHandler.deliver(event, listener, listenerFailures);
    }
    return saved;
  }

  private void known(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    if (!divisions.contains(code)) {
      throw new RegistryException(RegistryError.REGISTRY_DIVISION_UNKNOWN, code);
    }
  }

  private void uniqueUscc(UnifiedSocialCreditCode uscc, OrganizationId self) {
    Optional<Organization> holder = organizations.findByUscc(uscc);
    if (holder.isPresent() && !holder.get().id().equals(self)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_USCC_DUPLICATE, uscc, holder.get().id());
    }
  }
}
