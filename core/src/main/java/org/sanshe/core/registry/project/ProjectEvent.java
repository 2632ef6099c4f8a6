package org.sanshe.core.registry.project;

import java.time.Instant;
import org.sanshe.core.money.Money;

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
   * The project was drafted.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param title its title
   */
  record ProjectDrafted(ProjectId projectId, Instant occurredAt, String title)
      implements ProjectEvent {}

  /**
   * The project's status changed (submitted, started, terminated).
   *
   * @param projectId the id
   * @param occurredAt when
   * @param from the former status
   * @param to the new status
   */
  record ProjectStatusChanged(
      ProjectId projectId, Instant occurredAt, ProjectStatus from, ProjectStatus to)
      implements ProjectEvent {}

  /**
   * The project was reviewed by experts.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param review the review, with its decision
   * @param to the status it led to
   */
  record ProjectReviewed(ProjectId projectId, Instant occurredAt, Review review, ProjectStatus to)
      implements ProjectEvent {}

  /**
   * Funding was pledged to the project.
   *
   * @param projectId the id
   * @param occurredAt when
   * @param source the source
   * @param amount the amount added
   */
  record ProjectFunded(ProjectId projectId, Instant occurredAt, FundingSource source, Money amount)
      implements ProjectEvent {}
}
