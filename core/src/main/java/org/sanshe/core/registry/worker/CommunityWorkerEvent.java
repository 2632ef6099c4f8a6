package org.sanshe.core.registry.worker;

import java.time.Instant;
import java.time.LocalDate;
import org.sanshe.core.identifier.DivisionCode;

/** Something that happened to a community worker, in the past tense. Immutable records. */
public sealed interface CommunityWorkerEvent {

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
   * The worker took up a post in a community.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param community the community
   * @param post the post
   * @param since the first day
   */
  record CommunityWorkerAppointed(
      SocialWorkerId workerId,
      Instant occurredAt,
      DivisionCode community,
      CommunityWorkerPost post,
      LocalDate since)
      implements CommunityWorkerEvent {}

  /**
   * The worker was linked to a certified social-worker record of the same person.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param socialWorker the certified record
   */
  record CommunityWorkerCertified(
      SocialWorkerId workerId, Instant occurredAt, SocialWorkerId socialWorker)
      implements CommunityWorkerEvent {}

  /**
   * The worker left the post.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param leftOn the last day plus one
   */
  record CommunityWorkerLeft(SocialWorkerId workerId, Instant occurredAt, LocalDate leftOn)
      implements CommunityWorkerEvent {}
}
