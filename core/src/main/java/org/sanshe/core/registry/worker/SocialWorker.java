package org.sanshe.core.registry.worker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerAssignmentsChanged;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerEmployerChanged;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerQualified;
import org.sanshe.core.registry.worker.SocialWorkerEvent.WorkerRecorded;

/**
 * A certified social worker: qualification level and certificate, employer (an organization, by
 * id), assigned communities and whether the worker is a general-practice social worker (全科社工)
 * serving all matters of the assigned communities, which needs at least one community.
 *
 * <p>Immutable and thread-safe: commands return a new worker carrying the raised event in {@link
 * #events()}; refused commands throw {@link RegistryException} and change nothing. The name is
 * shown masked by {@link #toString()}.
 */
public final class SocialWorker {

  /** The longest name of a social worker, in characters after NFC normalization: {@value}. */
  public static final int MAX_NAME_LENGTH = 100;

  private final SocialWorkerId id;
  private final long version;
  private final String name;
  private final QualificationLevel level;
  private final CertificateNumber certificate;
  private final OrganizationId employer;
  private final List<DivisionCode> communities;
  private final boolean generalPractice;
  private final List<SocialWorkerEvent> events;

  private SocialWorker(
      SocialWorkerSnapshot s, List<DivisionCode> communities, List<SocialWorkerEvent> events) {
    this.id = s.id();
    this.version = s.version();
    this.name = s.name();
    this.level = s.level();
    this.certificate = s.certificate();
    this.employer = s.employer();
    this.communities = communities;
    this.generalPractice = s.generalPractice();
    this.events = events;
  }

  /**
   * Records a new social worker.
   *
   * @param id the id, not null
   * @param name the name, not blank
   * @param level the level, not null
   * @param certificate the certificate, not null
   * @param clock the clock, not null
   * @return the worker (version 0), raising {@link WorkerRecorded}
   * @throws RegistryException with {@code WORKER_NAME_BLANK}
   */
  public static SocialWorker record(
      SocialWorkerId id,
      String name,
      QualificationLevel level,
      CertificateNumber certificate,
      Clock clock) {
    Objects.requireNonNull(clock, "clock");
    SocialWorker w =
        restore(new SocialWorkerSnapshot(id, 0, name, level, certificate, null, null, false));
    return w.with(w.snapshot(), new WorkerRecorded(id, clock.instant(), level));
  }

  /**
   * Rebuilds a worker from a snapshot, checking its rules.
   *
   * @param s the snapshot, not null
   * @return the worker, without pending events
   * @throws RegistryException with {@code REGISTRY_FIELD_MISSING}, {@code WORKER_NAME_BLANK} or
   *     {@code WORKER_GENERAL_PRACTICE_WITHOUT_COMMUNITY}
   */
  public static SocialWorker restore(SocialWorkerSnapshot s) {
    Objects.requireNonNull(s, "s");
    if (s.id() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "id");
    }
    if (s.level() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "level");
    }
    if (s.certificate() == null) {
      throw new RegistryException(RegistryError.REGISTRY_FIELD_MISSING, "certificate");
    }
    if (s.name() == null || s.name().isBlank()) {
      throw new RegistryException(RegistryError.WORKER_NAME_BLANK);
    }
    List<DivisionCode> sorted = List.copyOf(new TreeSet<>(s.communities()));
    for (DivisionCode c : sorted) {
      if (!c.kind().isVillageLevel()) {
        throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "communities");
      }
    }
    if (s.generalPractice() && sorted.isEmpty()) {
      throw new RegistryException(RegistryError.WORKER_GENERAL_PRACTICE_WITHOUT_COMMUNITY);
    }
    SocialWorkerSnapshot normalized =
        new SocialWorkerSnapshot(
            s.id(),
            s.version(),
            BoundedText.name(
                s.name(), Wording.of("The social worker's name", "社工姓名"), MAX_NAME_LENGTH),
            s.level(),
            s.certificate(),
            s.employer(),
            sorted,
            s.generalPractice());
    return new SocialWorker(normalized, sorted, List.of());
  }

  private SocialWorker with(SocialWorkerSnapshot next, SocialWorkerEvent event) {
    SocialWorker checked = restore(next);
    List<SocialWorkerEvent> list = new ArrayList<>(events);
    list.add(event);
    return new SocialWorker(checked.snapshot(), checked.communities, List.copyOf(list));
  }

  /**
   * Records a new qualification level and certificate.
   *
   * @param newLevel the level, not null
   * @param newCertificate the certificate, not null
   * @param clock the clock, not null
   * @return the worker, raising {@link WorkerQualified}
   */
  public SocialWorker qualify(
      QualificationLevel newLevel, CertificateNumber newCertificate, Clock clock) {
    Objects.requireNonNull(newLevel, "newLevel");
    Objects.requireNonNull(newCertificate, "newCertificate");
    return with(
        new SocialWorkerSnapshot(
            id, version, name, newLevel, newCertificate, employer, communities, generalPractice),
        new WorkerQualified(id, clock.instant(), newLevel, newCertificate));
  }

  /**
   * Changes the employer.
   *
   * @param newEmployer the organization, not null (see {@link #endEmployment(Clock)} for a worker
   *     no longer employed)
   * @param clock the clock, not null
   * @return the worker, raising {@link WorkerEmployerChanged}
   */
  public SocialWorker employ(OrganizationId newEmployer, Clock clock) {
    return changeEmployer(Objects.requireNonNull(newEmployer, "newEmployer"), clock);
  }

  /**
   * Records that the worker is no longer employed by any organization.
   *
   * @param clock the clock, not null
   * @return the worker without an employer, raising {@link WorkerEmployerChanged} with no employer
   */
  public SocialWorker endEmployment(Clock clock) {
    return changeEmployer(null, clock);
  }

  private SocialWorker changeEmployer(OrganizationId newEmployer, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return with(
        new SocialWorkerSnapshot(
            id, version, name, level, certificate, newEmployer, communities, generalPractice),
        new WorkerEmployerChanged(id, clock.instant(), newEmployer));
  }

  /**
   * Replaces the assigned communities and the general-practice flag.
   *
   * @param newCommunities the communities or villages, not null
   * @param asGeneralPractice whether the worker serves all matters of them
   * @param clock the clock, not null
   * @return the worker, raising {@link WorkerAssignmentsChanged}
   * @throws RegistryException with {@code ORGANIZATION_NOT_COMMUNITY} or {@code
   *     WORKER_GENERAL_PRACTICE_WITHOUT_COMMUNITY}
   */
  public SocialWorker assign(
      List<DivisionCode> newCommunities, boolean asGeneralPractice, Clock clock) {
    Objects.requireNonNull(newCommunities, "newCommunities");
    Objects.requireNonNull(clock, "clock");
    List<DivisionCode> sorted = List.copyOf(new TreeSet<>(newCommunities));
    return with(
        new SocialWorkerSnapshot(
            id, version, name, level, certificate, employer, sorted, asGeneralPractice),
        new WorkerAssignmentsChanged(id, clock.instant(), sorted, asGeneralPractice));
  }

  /**
   * Returns this worker as stored under a version, without pending events; for stores.
   *
   * @param storedVersion the version
   * @return the stored worker
   */
  public SocialWorker storedAs(long storedVersion) {
    return new SocialWorker(
        new SocialWorkerSnapshot(
            id, storedVersion, name, level, certificate, employer, communities, generalPractice),
        communities,
        List.of());
  }

  /**
   * Returns the complete state.
   *
   * @return the snapshot
   */
  public SocialWorkerSnapshot snapshot() {
    return new SocialWorkerSnapshot(
        id, version, name, level, certificate, employer, communities, generalPractice);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public SocialWorkerId id() {
    return id;
  }

  /**
   * Returns the stored version.
   *
   * @return the version, 0 before the first save
   */
  public long version() {
    return version;
  }

  /**
   * Returns the name (unmasked).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the qualification level.
   *
   * @return the level
   */
  public QualificationLevel level() {
    return level;
  }

  /**
   * Returns the certificate number.
   *
   * @return the number
   */
  public CertificateNumber certificate() {
    return certificate;
  }

  /**
   * Returns the employer.
   *
   * @return the employing organization, if any
   */
  public Optional<OrganizationId> employer() {
    return Optional.ofNullable(employer);
  }

  /**
   * Returns the assigned communities.
   *
   * @return an unmodifiable list ordered by code
   */
  public List<DivisionCode> communities() {
    return communities;
  }

  /**
   * Tells whether the worker is a general-practice social worker.
   *
   * @return true if so
   */
  public boolean generalPractice() {
    return generalPractice;
  }

  /**
   * Returns this worker with its pending events naming who acted: every pending event still
   * carrying {@link org.sanshe.core.registry.Actors#UNRECORDED} gets the actor; state and version
   * are unchanged. Call it before saving, with the signed-in staff member's or the system's id.
   *
   * @param actor the actor's id, 1 to 64 characters without white space
   * @return the worker with its events stamped (this one when nothing is pending)
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID} for a bad actor id
   */
  public SocialWorker actedBy(String actor) {
    org.sanshe.core.registry.Actors.check(actor);
    if (events.isEmpty()) {
      return this;
    }
    List<SocialWorkerEvent> stamped = new ArrayList<>(events.size());
    for (SocialWorkerEvent e : events) {
      stamped.add(
          e.actor().equals(org.sanshe.core.registry.Actors.UNRECORDED) ? e.withActor(actor) : e);
    }
    return new SocialWorker(snapshot(), communities, List.copyOf(stamped));
  }

  /**
   * Returns the events raised since the worker was last stored.
   *
   * @return an unmodifiable list
   */
  public List<SocialWorkerEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof SocialWorker w && snapshot().equals(w.snapshot()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version);
  }

  /**
   * Returns a description with the name masked (first character kept).
   *
   * @return the description
   */
  @Override
  public String toString() {
    String masked = name.isEmpty() ? "" : name.substring(0, 1) + "*".repeat(name.length() - 1);
    return "SocialWorker[" + id + " v" + version + " " + masked + " " + level + "]";
  }
}
