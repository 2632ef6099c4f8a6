package org.sanshe.core.registry.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationEvent.AnnualReportSubmitted;
import org.sanshe.core.registry.organization.OrganizationEvent.CertifiedWorkersReported;
import org.sanshe.core.registry.organization.OrganizationEvent.FederationDesignated;
import org.sanshe.core.registry.organization.OrganizationEvent.FederationJoined;
import org.sanshe.core.registry.organization.OrganizationEvent.FederationLeft;
import org.sanshe.core.registry.organization.OrganizationEvent.GradeAwarded;
import org.sanshe.core.registry.organization.OrganizationEvent.HubRoleAssigned;
import org.sanshe.core.registry.organization.OrganizationEvent.HubRoleWithdrawn;
import org.sanshe.core.registry.organization.OrganizationEvent.IncubationGraduated;
import org.sanshe.core.registry.organization.OrganizationEvent.IncubationStarted;
import org.sanshe.core.registry.organization.OrganizationEvent.LandedInCommunity;
import org.sanshe.core.registry.organization.OrganizationEvent.LeftCommunity;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationFiled;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRecorded;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRegistered;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRelocated;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationRenamed;
import org.sanshe.core.registry.organization.OrganizationEvent.OrganizationStatusChanged;
import org.sanshe.core.registry.organization.OrganizationEvent.RegistrationDetailsChanged;
import org.sanshe.core.registry.organization.OrganizationEvent.ServiceDomainsChanged;

/**
 * A social organization in the registry: the aggregate root.
 *
 * <p>Immutable and thread-safe: every command checks all its rules first and returns a new {@code
 * Organization} that carries the event it raised in {@link #events()} (the events since the
 * organization was last stored); a refused command throws a {@link RegistryException} and changes
 * nothing. Other organizations are referred to by id only. Time comes from the injected {@link
 * Clock}. A store saves it with {@link Organizations#save(Organization)}, which checks the {@link
 * #version()} (optimistic locking).
 *
 * <p>Rules: only community social organizations are filed, with a street or town and without a
 * credit code; a registered organization holds a credit code; lifecycle moves follow {@link
 * OrganizationLifecycle}; a deregistered or revoked organization accepts no change ({@code
 * ORGANIZATION_CLOSED}); one annual report per year; grades follow {@link EvaluationPolicy};
 * landings and federations concern communities or villages, hubs streets or towns.
 */
public final class Organization {

  /**
   * The most service domains one organization serves in: {@value}. Our own default (more than the
   * eleven presets, and what the registry's tables hold in one column); not from a field report.
   */
  public static final int MAX_DOMAINS = 16;

  private final OrganizationId id;
  private final long version;
  private final String name;
  private final LegalForm legalForm;
  private final OrganizationStatus status;
  private final DivisionCode division;
  private final LegalStanding standing;
  private final List<AnnualReport> annualReports;
  private final List<GradeAward> grades;
  private final DivisionCode hubOf;
  private final DivisionCode federationOf;
  private final List<OrganizationId> memberships;
  private final List<Landing> landings;
  private final Set<ServiceDomain> domains;
  private final CertifiedWorkers certifiedWorkers;
  private final RegistrationDetails details;
  private final List<OrganizationEvent> events;

  private Organization(Draft d) {
    this.id = d.id;
    this.version = d.version;
    this.name = d.name;
    this.legalForm = d.legalForm;
    this.status = d.status;
    this.division = d.division;
    this.standing = d.standing;
    this.annualReports = d.annualReports;
    this.grades = d.grades;
    this.hubOf = d.hubOf;
    this.federationOf = d.federationOf;
    this.memberships = d.memberships;
    this.landings = d.landings;
    this.domains = d.domains;
    this.certifiedWorkers = d.certifiedWorkers;
    this.details = d.details;
    this.events = d.events;
  }

  // ---------------------------------------------------------------- creation

  /**
   * Brings a new organization into the registry (version 0, not yet stored). Raises {@link
   * OrganizationRecorded}, then {@link OrganizationFiled} or {@link OrganizationRegistered}.
   *
   * @param id the new id, not null
   * @param form the form, not null
   * @param clock the clock stamping the events, not null
   * @return the organization, with status incubating, filed or registered
   * @throws RegistryException with {@code ORGANIZATION_NAME_BLANK}, {@code
   *     ORGANIZATION_FILED_WITH_USCC}, {@code ORGANIZATION_REGISTERED_WITHOUT_USCC}, {@code
   *     ORGANIZATION_FILING_NOT_ALLOWED}, {@code ORGANIZATION_FILING_DIVISION} or {@code
   *     REGISTRY_FIELD_MISSING} (no date)
   */
  public static Organization create(OrganizationId id, NewOrganization form, Clock clock) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(clock, "clock");
    String name = checkName(form.name());
    LegalStanding standing =
        switch (form.recognition()) {
          case INCUBATING -> {
            if (form.uscc() != null) {
              throw new RegistryException(RegistryError.ORGANIZATION_FILED_WITH_USCC, form.uscc());
            }
            yield null;
          }
          case FILED ->
              filing(
                  form.legalForm(),
                  form.filingDivision(),
                  form.uscc(),
                  today(form.since(), FILED_ON, clock));
          case REGISTERED ->
              registration(
                  form.legalForm(), form.uscc(), today(form.since(), REGISTERED_ON, clock));
        };
    Instant now = clock.instant();
    Draft d = new Draft();
    d.id = id;
    d.name = name;
    d.legalForm = form.legalForm();
    d.division = form.division();
    d.status = OrganizationStatus.INCUBATING;
    d.events = new ArrayList<>(2);
    d.events.add(new OrganizationRecorded(id, now, name, form.legalForm(), form.division()));
    if (standing instanceof LegalStanding.Filed f) {
      d.status = OrganizationStatus.FILED;
      d.standing = f;
      d.events.add(new OrganizationFiled(id, now, f.filingDivision(), f.filedOn()));
    } else if (standing instanceof LegalStanding.Registered r) {
      d.status = OrganizationStatus.REGISTERED;
      d.standing = r;
      d.events.add(new OrganizationRegistered(id, now, r.uscc(), r.registeredOn()));
    }
    d.events = List.copyOf(d.events);
    return new Organization(d);
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NAME_BLANK);
    }
    return BoundedText.name(name, NAME, BoundedText.MAX_NAME_LENGTH);
  }

  private static final Wording NAME = Wording.of("The organization's name", "社会组织名称");
  private static final Wording FILED_ON = Wording.of("The filing date", "备案日期");
  private static final Wording REGISTERED_ON = Wording.of("The registration date", "登记日期");
  private static final Wording REPORT_DATE = Wording.of("The submission date", "年报提交日期");
  private static final Wording GRADE_DATE = Wording.of("The evaluation date", "评估日期");
  private static final Wording LANDING_DATE = Wording.of("The landing date", "落地日期");
  private static final Wording GRADUATION_DATE = Wording.of("The graduation date", "出壳日期");

  /** Checks a date against the clock; null stays null (a missing date is reported later). */
  private static LocalDate today(LocalDate date, Wording field, Clock clock) {
    return date == null ? null : PlausibleTime.notAfterToday(date, field, clock);
  }

  /**
   * Refuses a credit code issued by civil affairs (department 5) whose category (position 2)
   * contradicts the legal form: 1 social group, 2 social service agency, 3 foundation. Codes of
   * other departments and the category 9 (other) are accepted, since real foundations may hold
   * them.
   */
  private static void checkCategory(LegalForm form, UnifiedSocialCreditCode uscc) {
    if (form == null || uscc.registeringDepartmentCode() != '5') {
      return;
    }
    char category = uscc.categoryCode();
    char expected =
        switch (form) {
          case SOCIAL_GROUP -> '1';
          case SOCIAL_SERVICE_AGENCY -> '2';
          case FOUNDATION -> '3';
          case COMMUNITY_SOCIAL_ORGANIZATION -> category == '3' ? '1' : category;
        };
    if (category != '9' && category != expected) {
      throw new RegistryException(RegistryError.ORGANIZATION_USCC_CATEGORY, form);
    }
  }

  private static LegalStanding.Filed filing(
      LegalForm form, DivisionCode filingDivision, UnifiedSocialCreditCode uscc, LocalDate on) {
    if (uscc != null) {
      throw new RegistryException(RegistryError.ORGANIZATION_FILED_WITH_USCC, uscc);
    }
    if (!form.mayBeFiled()) {
      throw new RegistryException(RegistryError.ORGANIZATION_FILING_NOT_ALLOWED, form);
    }
    if (filingDivision == null || filingDivision.level() != DivisionLevel.TOWNSHIP) {
      throw new RegistryException(RegistryError.ORGANIZATION_FILING_DIVISION, filingDivision);
    }
    if (on == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "filedOn");
    }
    return new LegalStanding.Filed(filingDivision, PlausibleTime.inRange(on, FILED_ON));
  }

  private static LegalStanding.Registered registration(
      LegalForm form, UnifiedSocialCreditCode uscc, LocalDate on) {
    if (uscc == null) {
      throw new RegistryException(RegistryError.ORGANIZATION_REGISTERED_WITHOUT_USCC);
    }
    checkCategory(form, uscc);
    if (on == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "registeredOn");
    }
    return new LegalStanding.Registered(uscc, PlausibleTime.inRange(on, REGISTERED_ON));
  }

  /**
   * Rebuilds an organization from a snapshot, checking every rule a command would have checked.
   *
   * @param s the snapshot, not null
   * @return the organization, with no pending events
   * @throws RegistryException naming the first rule the snapshot breaks: {@code
   *     REGISTRY_FIELD_MISSING}, {@code ORGANIZATION_NAME_BLANK}, {@code
   *     ORGANIZATION_FILED_WITH_USCC}, {@code ORGANIZATION_REGISTERED_WITHOUT_USCC}, {@code
   *     ORGANIZATION_FILING_NOT_ALLOWED}, {@code ORGANIZATION_FILING_DIVISION}, {@code
   *     ORGANIZATION_STANDING_MISMATCH}, {@code ORGANIZATION_ANNUAL_REPORT_DUPLICATE}, {@code
   *     ORGANIZATION_HUB_DIVISION}, {@code ORGANIZATION_NOT_COMMUNITY}, {@code
   *     ORGANIZATION_ALREADY_LANDED}, {@code ORGANIZATION_MEMBERSHIP} or {@code
   *     ORGANIZATION_DOMAINS_TOO_MANY}
   */
  public static Organization restore(OrganizationSnapshot s) {
    Objects.requireNonNull(s, "s");
    require(s.id(), "id");
    require(s.legalForm(), "legalForm");
    require(s.status(), "status");
    require(s.division(), "division");
    if (s.version() < 0) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "version");
    }
    Draft d = new Draft();
    d.id = s.id();
    d.version = s.version();
    d.name = checkName(s.name());
    d.legalForm = s.legalForm();
    d.status = s.status();
    d.division = s.division();
    boolean filed = s.filingDivision() != null || s.filedOn() != null;
    boolean registered = s.uscc() != null || s.registeredOn() != null;
    if (filed && registered) {
      throw new RegistryException(RegistryError.ORGANIZATION_FILED_WITH_USCC, s.uscc());
    }
    if (filed) {
      d.standing = filing(s.legalForm(), s.filingDivision(), s.uscc(), s.filedOn());
    } else if (registered) {
      d.standing = registration(s.legalForm(), s.uscc(), s.registeredOn());
    }
    switch (s.status()) {
      case INCUBATING -> {
        if (d.standing != null) {
          throw new RegistryException(RegistryError.ORGANIZATION_STANDING_MISMATCH, s.status());
        }
      }
      case FILED -> {
        if (registered) {
          throw new RegistryException(RegistryError.ORGANIZATION_FILED_WITH_USCC, s.uscc());
        }
        if (d.standing == null) {
          throw new RegistryException(RegistryError.ORGANIZATION_STANDING_MISMATCH, s.status());
        }
      }
      case REGISTERED -> {
        if (d.standing == null || filed) {
          throw new RegistryException(RegistryError.ORGANIZATION_REGISTERED_WITHOUT_USCC);
        }
      }
      case ACTIVE, SUSPENDED, REVOKED -> {
        if (d.standing == null) {
          throw new RegistryException(RegistryError.ORGANIZATION_STANDING_MISMATCH, s.status());
        }
      }
      case DEREGISTERED -> {
        // an incubation given up has no standing; anything else may
      }
    }
    if (s.annualReports().size() > 1) {
      Set<Year> years = new HashSet<>();
      for (AnnualReport r : s.annualReports()) {
        if (!years.add(r.year())) {
          throw new RegistryException(RegistryError.ORGANIZATION_ANNUAL_REPORT_DUPLICATE, r.year());
        }
      }
      List<AnnualReport> reports = new ArrayList<>(s.annualReports());
      reports.sort(Comparator.comparing(AnnualReport::year));
      d.annualReports = List.copyOf(reports);
    } else {
      d.annualReports = s.annualReports();
    }
    if (s.grades().size() > 1) {
      List<GradeAward> grades = new ArrayList<>(s.grades());
      grades.sort(Comparator.comparing(GradeAward::awardedOn));
      d.grades = List.copyOf(grades);
    } else {
      d.grades = s.grades();
    }
    if (s.hubOf() != null) {
      checkHubDivision(s.hubOf());
    }
    d.hubOf = s.hubOf();
    if (s.federationOf() != null) {
      checkCommunity(s.federationOf());
    }
    d.federationOf = s.federationOf();
    if (!s.memberships().isEmpty()) {
      Set<OrganizationId> seen = new HashSet<>();
      for (OrganizationId m : s.memberships()) {
        if (m.equals(s.id()) || !seen.add(m)) {
          throw new RegistryException(RegistryError.ORGANIZATION_MEMBERSHIP, m);
        }
      }
    }
    d.memberships = s.memberships();
    if (s.landings().size() > 1) {
      Set<DivisionCode> open = new HashSet<>();
      for (Landing l : s.landings()) {
        if (l.open() && !open.add(l.community())) {
          throw new RegistryException(RegistryError.ORGANIZATION_ALREADY_LANDED, l.community());
        }
      }
    }
    d.landings = s.landings();
    d.domains = checkDomains(s.domains());
    d.certifiedWorkers = s.certifiedWorkers();
    RegistrationDetails details = s.details();
    if (details.incubation() != null && details.incubation().incubator().equals(s.id())) {
      throw new RegistryException(RegistryError.ORGANIZATION_INCUBATION_INVALID, Incubation.SELF);
    }
    if (details.closedOn() != null && !s.status().isClosed()) {
      throw new RegistryException(RegistryError.ORGANIZATION_STANDING_MISMATCH, s.status());
    }
    d.details = details;
    d.events = List.of();
    return new Organization(d);
  }

  private static Set<ServiceDomain> checkDomains(Set<ServiceDomain> domains) {
    Set<ServiceDomain> sorted = ServiceDomain.sortedSet(domains);
    if (sorted.size() > MAX_DOMAINS) {
      throw new RegistryException(RegistryError.ORGANIZATION_DOMAINS_TOO_MANY, MAX_DOMAINS);
    }
    return sorted;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, field);
    }
  }

  /**
   * Returns the complete state as plain data.
   *
   * @return the snapshot
   */
  public OrganizationSnapshot snapshot() {
    LegalStanding.Registered r = standing instanceof LegalStanding.Registered x ? x : null;
    LegalStanding.Filed f = standing instanceof LegalStanding.Filed x ? x : null;
    return new OrganizationSnapshot(
        id,
        version,
        name,
        legalForm,
        status,
        division,
        r == null ? null : r.uscc(),
        r == null ? null : r.registeredOn(),
        f == null ? null : f.filingDivision(),
        f == null ? null : f.filedOn(),
        annualReports,
        grades,
        hubOf,
        federationOf,
        memberships,
        landings,
        domains(),
        certifiedWorkers,
        details);
  }

  /**
   * Returns this organization as stored under a version, without pending events. For
   * implementations of {@link Organizations}.
   *
   * @param storedVersion the version given by the store, positive
   * @return the stored organization
   */
  public Organization storedAs(long storedVersion) {
    Draft d = draft();
    d.version = storedVersion;
    d.events = List.of();
    return new Organization(d);
  }

  /**
   * Returns this organization with its pending events naming who acted: every pending event still
   * carrying {@link OrganizationEvent#UNRECORDED} gets the actor; the state and version are
   * unchanged. {@link OrganizationRegistry#actingAs(String)} does this before it stores a change.
   *
   * @param actor the actor's id, 1 to 64 characters without white space
   * @return the organization with its events stamped (this one when nothing is pending)
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  public Organization actedBy(String actor) {
    OrganizationEvent.actorOrUnrecorded(Objects.requireNonNull(actor, "actor"));
    if (events.isEmpty()) {
      return this;
    }
    List<OrganizationEvent> stamped = new ArrayList<>(events.size());
    for (OrganizationEvent e : events) {
      stamped.add(e.actor().equals(OrganizationEvent.UNRECORDED) ? e.withActor(actor) : e);
    }
    Draft d = draft();
    d.events = List.copyOf(stamped);
    return new Organization(d);
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Files an incubating community social organization with a street or town.
   *
   * @param filingDivision the street or town, not null
   * @param filedOn the filing date, not null
   * @param clock the clock, not null
   * @return the filed organization, raising {@link OrganizationFiled}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED}, {@code
   *     ORGANIZATION_FILING_NOT_ALLOWED} or {@code ORGANIZATION_FILING_DIVISION}
   */
  public Organization file(DivisionCode filingDivision, LocalDate filedOn, Clock clock) {
    Objects.requireNonNull(filedOn, "filedOn");
    Objects.requireNonNull(clock, "clock");
    checkMove(OrganizationStatus.FILED);
    LegalStanding.Filed f =
        filing(legalForm, filingDivision, null, today(filedOn, FILED_ON, clock));
    Draft d = draft();
    d.status = OrganizationStatus.FILED;
    d.standing = f;
    return d.with(new OrganizationFiled(id, clock.instant(), filingDivision, filedOn));
  }

  /**
   * Registers an incubating or filed organization with civil affairs.
   *
   * @param uscc its credit code; null is refused with {@code ORGANIZATION_REGISTERED_WITHOUT_USCC}
   * @param registeredOn the registration date, not null
   * @param clock the clock, not null
   * @return the registered organization, raising {@link OrganizationRegistered}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED} or {@code
   *     ORGANIZATION_REGISTERED_WITHOUT_USCC}
   */
  public Organization register(UnifiedSocialCreditCode uscc, LocalDate registeredOn, Clock clock) {
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(clock, "clock");
    checkMove(OrganizationStatus.REGISTERED);
    LegalStanding.Registered r =
        registration(legalForm, uscc, today(registeredOn, REGISTERED_ON, clock));
    Draft d = draft();
    d.status = OrganizationStatus.REGISTERED;
    d.standing = r;
    return d.with(new OrganizationRegistered(id, clock.instant(), uscc, registeredOn));
  }

  /**
   * Moves to active (from filed, registered or suspended).
   *
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationStatusChanged}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization activate(Clock clock) {
    return move(OrganizationStatus.ACTIVE, clock);
  }

  /**
   * Suspends an active organization.
   *
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationStatusChanged}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization suspend(Clock clock) {
    return move(OrganizationStatus.SUSPENDED, clock);
  }

  /**
   * Deregisters the organization (final).
   *
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationStatusChanged}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization deregister(Clock clock) {
    return move(OrganizationStatus.DEREGISTERED, clock);
  }

  /**
   * Revokes an active or suspended organization (final).
   *
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationStatusChanged}
   * @throws RegistryException with {@code ORGANIZATION_TRANSITION_NOT_ALLOWED}
   */
  public Organization revoke(Clock clock) {
    return move(OrganizationStatus.REVOKED, clock);
  }

  private Organization move(OrganizationStatus to, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    checkMove(to);
    Draft d = draft();
    d.status = to;
    if (to.isClosed()) {
      d.details = details.withClosedOn(LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }
    return d.with(new OrganizationStatusChanged(id, clock.instant(), status, to));
  }

  private void checkMove(OrganizationStatus to) {
    if (!OrganizationLifecycle.allows(status, to)) {
      throw new RegistryException(RegistryError.ORGANIZATION_TRANSITION_NOT_ALLOWED, status, to);
    }
  }

  private void checkOpen() {
    if (status.isClosed()) {
      throw new RegistryException(RegistryError.ORGANIZATION_CLOSED, status);
    }
  }

  // ---------------------------------------------------------------- registration record

  /**
   * Renames the organization.
   *
   * @param newName the new name, not blank
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationRenamed}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED} or {@code ORGANIZATION_NAME_BLANK}
   */
  public Organization rename(String newName, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    String checked = checkName(newName);
    Draft d = draft();
    d.name = checked;
    return d.with(new OrganizationRenamed(id, clock.instant(), name, checked));
  }

  /**
   * Moves the registered address. The registry checks the place against the division directory.
   *
   * @param address the new address, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link OrganizationRelocated}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}
   */
  public Organization relocate(RegisteredAddress address, Clock clock) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    Draft d = draft();
    d.details = details.withAddress(address);
    return d.with(new OrganizationRelocated(id, clock.instant(), address.place()));
  }

  /**
   * Records the registration form's other fields: legal representative, contacts, business scope,
   * supervising unit, founding date and attributes. The address, incubation and closing date of
   * {@code form} are ignored; their own commands change them.
   *
   * @param form the fields, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link RegistrationDetailsChanged}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}
   */
  public Organization recordDetails(RegistrationDetails form, Clock clock) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    Draft d = draft();
    d.details = details.withFormFieldsOf(form);
    return d.with(new RegistrationDetailsChanged(id, clock.instant()));
  }

  /**
   * Records the start of an incubation by another organization.
   *
   * @param incubator the incubating organization, not this one
   * @param from the first day, not null
   * @param until the agreed end, after {@code from}
   * @param clock the clock, not null
   * @return the organization, raising {@link IncubationStarted}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, {@code
   *     ORGANIZATION_INCUBATION_INVALID} (incubated already, or by itself) or {@code
   *     ORGANIZATION_DATE_ORDER}
   */
  public Organization startIncubation(
      OrganizationId incubator, LocalDate from, LocalDate until, Clock clock) {
    Objects.requireNonNull(incubator, "incubator");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    if (incubator.equals(id)) {
      throw new RegistryException(RegistryError.ORGANIZATION_INCUBATION_INVALID, Incubation.SELF);
    }
    if (details.incubation() != null) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_INCUBATION_INVALID, Incubation.STARTED);
    }
    Incubation incubation = new Incubation(incubator, from, until, null);
    Draft d = draft();
    d.details = details.withIncubation(incubation);
    return d.with(new IncubationStarted(id, clock.instant(), incubator, from, until));
  }

  /**
   * Records the graduation from incubation.
   *
   * @param on the graduation date, not before the incubation's start nor after today
   * @param clock the clock, not null
   * @return the organization, raising {@link IncubationGraduated}
   * @throws RegistryException with {@code ORGANIZATION_INCUBATION_INVALID} (no incubation, or
   *     graduated already) or {@code ORGANIZATION_DATE_ORDER}
   */
  public Organization graduate(LocalDate on, Clock clock) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(clock, "clock");
    today(on, GRADUATION_DATE, clock);
    Incubation i = details.incubation();
    if (i == null) {
      throw new RegistryException(RegistryError.ORGANIZATION_INCUBATION_INVALID, Incubation.NONE);
    }
    if (i.graduatedOn() != null) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_INCUBATION_INVALID, Incubation.GRADUATED);
    }
    Draft d = draft();
    d.details = details.withIncubation(new Incubation(i.incubator(), i.from(), i.until(), on));
    return d.with(new IncubationGraduated(id, clock.instant(), i.incubator(), on));
  }

  /**
   * Returns what else the registration form holds.
   *
   * @return the details, {@link RegistrationDetails#EMPTY} when nothing was recorded
   */
  public RegistrationDetails details() {
    return details;
  }

  /**
   * Tells whether the organization was on the registry on a day: filed or registered on or before
   * it and not closed (deregistered or revoked) by then. Organizations closed without a recorded
   * closing date (stored before dates were kept) count as closed whatever the day.
   *
   * @param day the day, not null
   * @return true if on the registry that day
   */
  public boolean onRegistryOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LocalDate since =
        standing instanceof LegalStanding.Registered r
            ? r.registeredOn()
            : standing instanceof LegalStanding.Filed f ? f.filedOn() : null;
    if (since == null || since.isAfter(day)) {
      return false;
    }
    if (status.isClosed()) {
      return details.closedOn() != null && day.isBefore(details.closedOn());
    }
    return true;
  }

  // ---------------------------------------------------------------- reports and grades

  /**
   * Records the annual report of a year.
   *
   * @param year the year reported on, not null
   * @param submittedOn the submission date, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link AnnualReportSubmitted}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, {@code
   *     ORGANIZATION_STANDING_MISMATCH} (neither filed nor registered), {@code
   *     ORGANIZATION_ANNUAL_REPORT_YEAR} (a year not after the submission's year, or before the
   *     filing or registration year) or {@code ORGANIZATION_ANNUAL_REPORT_DUPLICATE}
   */
  public Organization submitAnnualReport(Year year, LocalDate submittedOn, Clock clock) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(clock, "clock");
    today(submittedOn, REPORT_DATE, clock);
    checkOpen();
    if (standing == null) {
      throw new RegistryException(RegistryError.ORGANIZATION_STANDING_MISMATCH, status);
    }
    if (!year.isBefore(Year.from(submittedOn)) || year.isBefore(Year.from(standing.since()))) {
      throw new RegistryException(RegistryError.ORGANIZATION_ANNUAL_REPORT_YEAR, year);
    }
    if (annualReport(year).isPresent()) {
      throw new RegistryException(RegistryError.ORGANIZATION_ANNUAL_REPORT_DUPLICATE, year);
    }
    List<AnnualReport> reports = new ArrayList<>(annualReports);
    reports.add(new AnnualReport(year, submittedOn));
    reports.sort(Comparator.comparing(AnnualReport::year));
    Draft d = draft();
    d.annualReports = List.copyOf(reports);
    return d.with(new AnnualReportSubmitted(id, clock.instant(), year, submittedOn));
  }

  /**
   * Awards the grade a 1000-point score earns, if the policy finds the organization eligible.
   *
   * @param score 0 to 1000
   * @param on the award date, not null
   * @param policy the evaluation policy, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link GradeAwarded}
   * @throws RegistryException with {@code ORGANIZATION_SCORE_RANGE} or {@code
   *     ORGANIZATION_GRADE_INELIGIBLE} (naming the reason and the date of eligibility)
   */
  public Organization awardGrade(int score, LocalDate on, EvaluationPolicy policy, Clock clock) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    today(on, GRADE_DATE, clock);
    GradeAward award = policy.award(score, on);
    GradeEligibility e = policy.eligibility(this, on);
    if (e instanceof GradeEligibility.Ineligible no) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_GRADE_INELIGIBLE,
          no.reason(),
          no.eligibleFrom() == null ? "-" : no.eligibleFrom());
    }
    List<GradeAward> list = new ArrayList<>(grades);
    list.add(award);
    Draft d = draft();
    d.grades = List.copyOf(list);
    return d.with(new GradeAwarded(id, clock.instant(), award));
  }

  // ---------------------------------------------------------------- roles and ties

  /**
   * Makes the organization the hub organization of a street or town (running its service centre).
   * That no other organization holds the role is checked by the store.
   *
   * @param street the street or town, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link HubRoleAssigned}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, {@code ORGANIZATION_HUB_DIVISION}
   *     or {@code ORGANIZATION_HUB_TAKEN} (it is the hub of another street already)
   */
  public Organization assignHub(DivisionCode street, Clock clock) {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    checkHubDivision(street);
    if (hubOf != null) {
      throw new RegistryException(RegistryError.ORGANIZATION_HUB_TAKEN, hubOf, id);
    }
    Draft d = draft();
    d.hubOf = street;
    return d.with(new HubRoleAssigned(id, clock.instant(), street));
  }

  /**
   * Withdraws the hub role.
   *
   * @param clock the clock, not null
   * @return the organization, raising {@link HubRoleWithdrawn}
   * @throws RegistryException with {@code ORGANIZATION_HUB_DIVISION} when it holds no hub role
   */
  public Organization withdrawHub(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (hubOf == null) {
      throw new RegistryException(RegistryError.ORGANIZATION_HUB_DIVISION, "-");
    }
    Draft d = draft();
    d.hubOf = null;
    return d.with(new HubRoleWithdrawn(id, clock.instant(), hubOf));
  }

  private static void checkHubDivision(DivisionCode street) {
    if (street.level() != DivisionLevel.TOWNSHIP) {
      throw new RegistryException(RegistryError.ORGANIZATION_HUB_DIVISION, street);
    }
  }

  private static void checkCommunity(DivisionCode community) {
    if (!community.kind().isVillageLevel()) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
  }

  /**
   * Designates the organization as the community federation of social organizations of a community.
   * That the community has no other federation is checked by the store.
   *
   * @param community the community, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link FederationDesignated}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, {@code ORGANIZATION_NOT_COMMUNITY}
   *     or {@code ORGANIZATION_FEDERATION_TAKEN} (it is another community's federation)
   */
  public Organization designateFederation(DivisionCode community, Clock clock) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    checkCommunity(community);
    if (federationOf != null) {
      throw new RegistryException(RegistryError.ORGANIZATION_FEDERATION_TAKEN, federationOf, id);
    }
    Draft d = draft();
    d.federationOf = community;
    return d.with(new FederationDesignated(id, clock.instant(), community));
  }

  /**
   * Joins a community federation (that it is one is checked by {@link OrganizationRegistry}).
   *
   * @param federation the federation's id, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link FederationJoined}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED} or {@code ORGANIZATION_MEMBERSHIP}
   *     (itself, or a member already)
   */
  public Organization joinFederation(OrganizationId federation, Clock clock) {
    Objects.requireNonNull(federation, "federation");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    if (federation.equals(id) || memberships.contains(federation)) {
      throw new RegistryException(RegistryError.ORGANIZATION_MEMBERSHIP, federation);
    }
    List<OrganizationId> list = new ArrayList<>(memberships);
    list.add(federation);
    Draft d = draft();
    d.memberships = List.copyOf(list);
    return d.with(new FederationJoined(id, clock.instant(), federation));
  }

  /**
   * Leaves a community federation.
   *
   * @param federation the federation's id, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link FederationLeft}
   * @throws RegistryException with {@code ORGANIZATION_MEMBERSHIP} when not a member
   */
  public Organization leaveFederation(OrganizationId federation, Clock clock) {
    Objects.requireNonNull(federation, "federation");
    Objects.requireNonNull(clock, "clock");
    if (!memberships.contains(federation)) {
      throw new RegistryException(RegistryError.ORGANIZATION_MEMBERSHIP, federation);
    }
    List<OrganizationId> list = new ArrayList<>(memberships);
    list.remove(federation);
    Draft d = draft();
    d.memberships = List.copyOf(list);
    return d.with(new FederationLeft(id, clock.instant(), federation));
  }

  /**
   * Lands in a community from a date.
   *
   * @param community the community or village, not null
   * @param from the first day of service, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link LandedInCommunity}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, {@code ORGANIZATION_NOT_COMMUNITY}
   *     or {@code ORGANIZATION_ALREADY_LANDED} (an open landing there exists)
   */
  public Organization landIn(DivisionCode community, LocalDate from, Clock clock) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(clock, "clock");
    today(from, LANDING_DATE, clock);
    checkOpen();
    checkCommunity(community);
    if (openLanding(community).isPresent()) {
      throw new RegistryException(RegistryError.ORGANIZATION_ALREADY_LANDED, community);
    }
    List<Landing> list = new ArrayList<>(landings);
    list.add(new Landing(community, from, null));
    Draft d = draft();
    d.landings = List.copyOf(list);
    return d.with(new LandedInCommunity(id, clock.instant(), community, from));
  }

  /**
   * Ends the open landing in a community.
   *
   * @param community the community, not null
   * @param until the first day without service, not null, not before the landing began
   * @param clock the clock, not null
   * @return the organization, raising {@link LeftCommunity}
   * @throws RegistryException with {@code ORGANIZATION_NOT_LANDED} or {@code
   *     ORGANIZATION_DATE_ORDER}
   */
  public Organization leave(DivisionCode community, LocalDate until, Clock clock) {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(clock, "clock");
    today(until, LANDING_DATE, clock);
    Landing open =
        openLanding(community)
            .orElseThrow(
                () -> new RegistryException(RegistryError.ORGANIZATION_NOT_LANDED, community));
    Landing closed = new Landing(community, open.from(), until);
    List<Landing> list = new ArrayList<>(landings);
    list.set(list.indexOf(open), closed);
    Draft d = draft();
    d.landings = List.copyOf(list);
    return d.with(new LeftCommunity(id, clock.instant(), community, until));
  }

  private Optional<Landing> openLanding(DivisionCode community) {
    for (Landing l : landings) {
      if (l.open() && l.community().equals(community)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Replaces the service domains.
   *
   * @param newDomains the domains, not null (may be empty)
   * @param clock the clock, not null
   * @return the organization, raising {@link ServiceDomainsChanged}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}, or {@code
   *     ORGANIZATION_DOMAINS_TOO_MANY} for more than {@value #MAX_DOMAINS} domains
   */
  public Organization changeDomains(Set<ServiceDomain> newDomains, Clock clock) {
    Objects.requireNonNull(newDomains, "newDomains");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    Draft d = draft();
    d.domains = checkDomains(newDomains);
    return d.with(new ServiceDomainsChanged(id, clock.instant(), d.domains));
  }

  /**
   * Records the certified social-worker counts.
   *
   * @param counts the counts, not null
   * @param clock the clock, not null
   * @return the organization, raising {@link CertifiedWorkersReported}
   * @throws RegistryException with {@code ORGANIZATION_CLOSED}
   */
  public Organization reportCertifiedWorkers(CertifiedWorkers counts, Clock clock) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(clock, "clock");
    checkOpen();
    Draft d = draft();
    d.certifiedWorkers = counts;
    return d.with(new CertifiedWorkersReported(id, clock.instant(), counts));
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the id.
   *
   * @return the id
   */
  public OrganizationId id() {
    return id;
  }

  /**
   * Returns the stored version: 0 before the first save.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the legal form.
   *
   * @return the form
   */
  public LegalForm legalForm() {
    return legalForm;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public OrganizationStatus status() {
    return status;
  }

  /**
   * Returns the home division.
   *
   * @return the division
   */
  public DivisionCode division() {
    return division;
  }

  /**
   * Returns how it is recognized.
   *
   * @return the standing, or null while incubating
   */
  public LegalStanding standing() {
    return standing;
  }

  /**
   * Returns the credit code of a registered organization.
   *
   * @return the code, empty unless registered
   */
  public Optional<UnifiedSocialCreditCode> uscc() {
    return standing instanceof LegalStanding.Registered r
        ? Optional.of(r.uscc())
        : Optional.empty();
  }

  /**
   * Returns the annual reports ordered by year.
   *
   * @return an unmodifiable list
   */
  public List<AnnualReport> annualReports() {
    return annualReports;
  }

  /**
   * Finds the annual report of a year.
   *
   * @param year the year, not null
   * @return the report, if submitted
   */
  public Optional<AnnualReport> annualReport(Year year) {
    for (AnnualReport r : annualReports) {
      if (r.year().equals(year)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the grades awarded, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<GradeAward> grades() {
    return grades;
  }

  /**
   * Returns the most recent grade.
   *
   * @return the grade, if any
   */
  public Optional<GradeAward> latestGrade() {
    return grades.isEmpty() ? Optional.empty() : Optional.of(grades.get(grades.size() - 1));
  }

  /**
   * Returns the grade valid on a date.
   *
   * @param date the date, not null
   * @return the latest grade valid then, if any
   */
  public Optional<GradeAward> gradeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (int i = grades.size() - 1; i >= 0; i--) {
      if (grades.get(i).validOn(date)) {
        return Optional.of(grades.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the street whose hub organization this is.
   *
   * @return the street, if a hub
   */
  public Optional<DivisionCode> hubOf() {
    return Optional.ofNullable(hubOf);
  }

  /**
   * Returns the community whose federation this is.
   *
   * @return the community, if a federation
   */
  public Optional<DivisionCode> federationOf() {
    return Optional.ofNullable(federationOf);
  }

  /**
   * Returns the federations it belongs to.
   *
   * @return an unmodifiable list
   */
  public List<OrganizationId> memberships() {
    return memberships;
  }

  /**
   * Returns all landings, in the order made.
   *
   * @return an unmodifiable list
   */
  public List<Landing> landings() {
    return landings;
  }

  /**
   * Tells whether it serves in a community on a date.
   *
   * @param community the community, not null
   * @param date the date, not null
   * @return true if a landing there is active on the date
   */
  public boolean landedIn(DivisionCode community, LocalDate date) {
    for (Landing l : landings) {
      if (l.community().equals(community) && l.activeOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the service domains.
   *
   * @return an unmodifiable set in code order ({@link ServiceDomain#sortedSet})
   */
  public Set<ServiceDomain> domains() {
    return domains;
  }

  /**
   * Tells whether it serves in a domain.
   *
   * @param domain the domain, not null
   * @return true if so
   */
  public boolean serves(ServiceDomain domain) {
    return domains.contains(Objects.requireNonNull(domain, "domain"));
  }

  /**
   * Returns the certified social-worker counts.
   *
   * @return the counts
   */
  public CertifiedWorkers certifiedWorkers() {
    return certifiedWorkers;
  }

  /**
   * Returns the events raised since it was last stored, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<OrganizationEvent> events() {
    return events;
  }

  /**
   * Equal when the state, including the version, is equal (pending events are ignored).
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Organization other && snapshot().equals(other.snapshot()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Organization["
        + id
        + " v"
        + version
        + " "
        + name
        + " "
        + legalForm
        + " "
        + status
        + "]";
  }

  // ---------------------------------------------------------------- copying

  private Draft draft() {
    Draft d = new Draft();
    d.id = id;
    d.version = version;
    d.name = name;
    d.legalForm = legalForm;
    d.status = status;
    d.division = division;
    d.standing = standing;
    d.annualReports = annualReports;
    d.grades = grades;
    d.hubOf = hubOf;
    d.federationOf = federationOf;
    d.memberships = memberships;
    d.landings = landings;
    d.domains = domains;
    d.certifiedWorkers = certifiedWorkers;
    d.details = details;
    d.events = events;
    return d;
  }

  /** The mutable state while a command builds the next value. */
  private static final class Draft {
    OrganizationId id;
    long version;
    String name;
    LegalForm legalForm;
    OrganizationStatus status;
    DivisionCode division;
    LegalStanding standing;
    List<AnnualReport> annualReports = List.of();
    List<GradeAward> grades = List.of();
    DivisionCode hubOf;
    DivisionCode federationOf;
    List<OrganizationId> memberships = List.of();
    List<Landing> landings = List.of();
    Set<ServiceDomain> domains = Set.of();
    CertifiedWorkers certifiedWorkers = CertifiedWorkers.NONE;
    RegistrationDetails details = RegistrationDetails.EMPTY;
    List<OrganizationEvent> events = List.of();

    Organization with(OrganizationEvent event) {
      List<OrganizationEvent> list = new ArrayList<>(events.size() + 1);
      list.addAll(events);
      list.add(event);
      events = List.copyOf(list);
      return new Organization(this);
    }
  }
}
