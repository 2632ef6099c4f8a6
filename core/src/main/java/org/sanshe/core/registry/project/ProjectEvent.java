package org.sanshe.core.registry.project;

import java.time.Instant;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.Actors;

/** Something that happened to a project, in the past tense. Immutable records. */
public sealed interface ProjectEvent {

  /**
   * Returns the project concerned.
   *
   * @return the id
   */
  ProjectId projectId();

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
  ProjectEvent withActor(String actor);

  /**
   * The project was drafted.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param title its title
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record ProjectDrafted(ProjectId projectId, Instant occurredAt, String title, String actor)
      implements ProjectEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public ProjectDrafted {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param projectId the {@code projectId} component
     * @param occurredAt the {@code occurredAt} component
     * @param title the {@code title} component
     */
    public ProjectDrafted(ProjectId projectId, Instant occurredAt, String title) {
      this(projectId, occurredAt, title, Actors.UNRECORDED);
    }

    @Override
    public ProjectDrafted withActor(String actor) {
      return new ProjectDrafted(projectId, occurredAt, title, Actors.check(actor));
    }
  }

  /**
   * The project's status changed (submitted, started, terminated).
   *
   * @param projectId the id
   * @param occurredAt when
   * @param from the former status
   * @param to the new status
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record ProjectStatusChanged(
      ProjectId projectId, Instant occurredAt, ProjectStatus from, ProjectStatus to, String actor)
      implements ProjectEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public ProjectStatusChanged {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param projectId the {@code projectId} component
     * @param occurredAt the {@code occurredAt} component
     * @param from the {@code from} component
     * @param to the {@code to} component
     */
    public ProjectStatusChanged(
        ProjectId projectId, Instant occurredAt, ProjectStatus from, ProjectStatus to) {
      this(projectId, occurredAt, from, to, Actors.UNRECORDED);
    }

    @Override
    public ProjectStatusChanged withActor(String actor) {
      return new ProjectStatusChanged(projectId, occurredAt, from, to, Actors.check(actor));
    }
  }

  /**
   * The project was reviewed by experts.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param review the review, with its decision
   * @param to the status it led to
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record ProjectReviewed(
      ProjectId projectId, Instant occurredAt, Review review, ProjectStatus to, String actor)
      implements ProjectEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public ProjectReviewed {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param projectId the {@code projectId} component
     * @param occurredAt the {@code occurredAt} component
     * @param review the {@code review} component
     * @param to the {@code to} component
     */
    public ProjectReviewed(
        ProjectId projectId, Instant occurredAt, Review review, ProjectStatus to) {
      this(projectId, occurredAt, review, to, Actors.UNRECORDED);
    }

    @Override
    public ProjectReviewed withActor(String actor) {
      return new ProjectReviewed(projectId, occurredAt, review, to, Actors.check(actor));
    }
  }

  /**
   * Funding was pledged to the project.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param source the source
   * @param amount the amount added
   * @param actor who acted, or {@link Actors#UNRECORDED}
   */
  record ProjectFunded(
      ProjectId projectId, Instant occurredAt, FundingSource source, Money amount, String actor)
      implements ProjectEvent {
    /**
     * Checks the actor: null (an event stored before actors were recorded) becomes {@link
     * Actors#UNRECORDED}.
     *
     * @throws org.sanshe.core.registry.RegistryException with {@code ORGANIZATION_ID_INVALID}
     */
    public ProjectFunded {
      actor = Actors.orUnrecorded(actor);
    }

    /**
     * Creates the event without an actor ({@link Actors#UNRECORDED}), as before actors were
     * recorded.
     *
     * @param projectId the {@code projectId} component
     * @param occurredAt the {@code occurredAt} component
     * @param source the {@code source} component
     * @param amount the {@code amount} component
     */
    public ProjectFunded(
        ProjectId projectId, Instant occurredAt, FundingSource source, Money amount) {
      this(projectId, occurredAt, source, amount, Actors.UNRECORDED);
    }

    @Override
    public ProjectFunded withActor(String actor) {
      return new ProjectFunded(projectId, occurredAt, source, amount, Actors.check(actor));
    }
  }
}
