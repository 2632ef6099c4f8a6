package org.sanshe.core.registry.worker;

import java.time.Instant;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.Actors;
import org.sanshe.core.registry.organization.OrganizationId;

/** Something that happened to a social worker, in the past tense. Immutable records. */
public sealed interface SocialWorkerEvent {

  /**
   * Returns the worker concerned.
   *
   * @return the id
   */
  SocialWorkerId workerId();

  /**
   * Returns when, from the injected clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * Returns who acted: a staff member's or system's id as the integrator assigns it, or {@link
   * Actors#UNRECORDED} for an event raised without one or stored before actors were recorded.
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
  SocialWorkerEvent withActor(String actor);

  /**
   * The worker entered the registry.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param level the qualification level
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record WorkerRecorded(
      SocialWorkerId workerId, Instant occurredAt, QualificationLevel level, String actor)
      implements SocialWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public WorkerRecorded {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param level the {@code level} component
     */
    public WorkerRecorded(SocialWorkerId workerId, Instant occurredAt, QualificationLevel level) {
      this(workerId, occurredAt, level, Actors.UNRECORDED);
    }

    @Override
    public WorkerRecorded withActor(String actor) {
      return new WorkerRecorded(workerId, occurredAt, level, Actors.check(actor));
    }
  }

  /**
   * The worker reached a new qualification level.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param level the new level
   * @param certificate the new certificate
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record WorkerQualified(
      SocialWorkerId workerId,
      Instant occurredAt,
      QualificationLevel level,
      CertificateNumber certificate,
      String actor)
      implements SocialWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public WorkerQualified {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param level the {@code level} component
     * @param certificate the {@code certificate} component
     */
    public WorkerQualified(
        SocialWorkerId workerId,
        Instant occurredAt,
        QualificationLevel level,
        CertificateNumber certificate) {
      this(workerId, occurredAt, level, certificate, Actors.UNRECORDED);
    }

    @Override
    public WorkerQualified withActor(String actor) {
      return new WorkerQualified(workerId, occurredAt, level, certificate, Actors.check(actor));
    }
  }

  /**
   * The worker's employer changed.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param employer the new employer, or null when no longer employed
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record WorkerEmployerChanged(
      SocialWorkerId workerId, Instant occurredAt, OrganizationId employer, String actor)
      implements SocialWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public WorkerEmployerChanged {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param employer the {@code employer} component
     */
    public WorkerEmployerChanged(
        SocialWorkerId workerId, Instant occurredAt, OrganizationId employer) {
      this(workerId, occurredAt, employer, Actors.UNRECORDED);
    }

    @Override
    public WorkerEmployerChanged withActor(String actor) {
      return new WorkerEmployerChanged(workerId, occurredAt, employer, Actors.check(actor));
    }
  }

  /**
   * The worker's assignments changed.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param communities the communities now assigned
   * @param generalPractice whether the worker now serves as a general-practice social worker
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record WorkerAssignmentsChanged(
      SocialWorkerId workerId,
      Instant occurredAt,
      List<DivisionCode> communities,
      boolean generalPractice,
      String actor)
      implements SocialWorkerEvent {
    /** Copies the list. */
    public WorkerAssignmentsChanged {
      actor = Actors.orUnrecorded(actor);
      communities = List.copyOf(communities);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param communities the {@code communities} component
     * @param generalPractice the {@code generalPractice} component
     */
    public WorkerAssignmentsChanged(
        SocialWorkerId workerId,
        Instant occurredAt,
        List<DivisionCode> communities,
        boolean generalPractice) {
      this(workerId, occurredAt, communities, generalPractice, Actors.UNRECORDED);
    }

    @Override
    public WorkerAssignmentsChanged withActor(String actor) {
      return new WorkerAssignmentsChanged(
          workerId, occurredAt, communities, generalPractice, Actors.check(actor));
    }
  }
}
