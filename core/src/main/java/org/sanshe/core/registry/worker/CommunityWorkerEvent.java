package org.sanshe.core.registry.worker;

import java.time.Instant;
import java.time.LocalDate;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.Actors;

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
  CommunityWorkerEvent withActor(String actor);

  /**
   * The worker took up a post in a community.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param community the community
   * @param post the post
   * @param since the first day
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record CommunityWorkerAppointed(
      SocialWorkerId workerId,
      Instant occurredAt,
      DivisionCode community,
      CommunityWorkerPost post,
      LocalDate since,
      String actor)
      implements CommunityWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public CommunityWorkerAppointed {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param community the {@code community} component
     * @param post the {@code post} component
     * @param since the {@code since} component
     */
    public CommunityWorkerAppointed(
        SocialWorkerId workerId,
        Instant occurredAt,
        DivisionCode community,
        CommunityWorkerPost post,
        LocalDate since) {
      this(workerId, occurredAt, community, post, since, Actors.UNRECORDED);
    }

    @Override
    public CommunityWorkerAppointed withActor(String actor) {
      return new CommunityWorkerAppointed(
          workerId, occurredAt, community, post, since, Actors.check(actor));
    }
  }

  /**
   * The worker was linked to a certified social-worker record of the same person.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param socialWorker the certified record
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record CommunityWorkerCertified(
      SocialWorkerId workerId, Instant occurredAt, SocialWorkerId socialWorker, String actor)
      implements CommunityWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public CommunityWorkerCertified {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param socialWorker the {@code socialWorker} component
     */
    public CommunityWorkerCertified(
        SocialWorkerId workerId, Instant occurredAt, SocialWorkerId socialWorker) {
      this(workerId, occurredAt, socialWorker, Actors.UNRECORDED);
    }

    @Override
    public CommunityWorkerCertified withActor(String actor) {
      return new CommunityWorkerCertified(workerId, occurredAt, socialWorker, Actors.check(actor));
    }
  }

  /**
   * The worker left the post.
   *
   * @param workerId the id
   * @param occurredAt when
   * @param leftOn the last day plus one
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record CommunityWorkerLeft(
      SocialWorkerId workerId, Instant occurredAt, LocalDate leftOn, String actor)
      implements CommunityWorkerEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public CommunityWorkerLeft {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param workerId the {@code workerId} component
     * @param occurredAt the {@code occurredAt} component
     * @param leftOn the {@code leftOn} component
     */
    public CommunityWorkerLeft(SocialWorkerId workerId, Instant occurredAt, LocalDate leftOn) {
      this(workerId, occurredAt, leftOn, Actors.UNRECORDED);
    }

    @Override
    public CommunityWorkerLeft withActor(String actor) {
      return new CommunityWorkerLeft(workerId, occurredAt, leftOn, Actors.check(actor));
    }
  }
}
