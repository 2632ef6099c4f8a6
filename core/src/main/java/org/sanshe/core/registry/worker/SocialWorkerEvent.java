package org.sanshe.core.registry.worker;

import java.time.Instant;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
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
   * The worker entered the registry.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param level the qualification level
   */
  record WorkerRecorded(SocialWorkerId workerId, Instant occurredAt, QualificationLevel level)
      implements SocialWorkerEvent {}

  /**
   * The worker reached a new qualification level.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param level the new level
   * @param certificate the new certificate
   */
  record WorkerQualified(
      SocialWorkerId workerId,
      Instant occurredAt,
      QualificationLevel level,
      CertificateNumber certificate)
      implements SocialWorkerEvent {}

  /**
   * The worker's employer changed.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param employer the new employer, or null when no longer employed
   */
  record WorkerEmployerChanged(SocialWorkerId workerId, Instant occurredAt, OrganizationId employer)
      implements SocialWorkerEvent {}

  /**
   * The worker's assignments changed.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param communities the communities now assigned
   * @param generalPractice whether the worker now serves as a general-practice social worker
   */
  record WorkerAssignmentsChanged(
      SocialWorkerId workerId,
      Instant occurredAt,
      List<DivisionCode> communities,
      boolean generalPractice)
      implements SocialWorkerEvent {
    /** Copies the list. */
    public WorkerAssignmentsChanged {
      communities = List.copyOf(communities);
    }
  }
}
