package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.util.Optional;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;

/**
 * Something that happened to an application, in the past tense, naming who acted and when.
 * Immutable records, thread-safe.
 */
public sealed interface ApplicationEvent {

  /**
   * Returns the application.
   *
   * @return the id
   */
  ApplicationId application();

  /**
   * Returns who acted.
   *
   * @return the actor's id
   */
  String actor();

  /**
   * Returns when.
   *
   * @return the instant
   */
  Instant at();

  /**
   * An organization applied to a call with a project.
   *
   * @param application the id
   * @param actor who acted
   * @param at when
   * @param programme the programme
   * @param call the call
   * @param applicant the organization
   * @param project the project
   * @param requested the amount requested
   * @param origin the contest or vote it came from, or empty
   */
  record ApplicationSubmitted(
      ApplicationId application,
      String actor,
      Instant at,
      ProgrammeId programme,
      CallId call,
      OrganizationId applicant,
      ProjectId project,
      Money requested,
      Optional<ProjectOrigin> origin)
      implements ApplicationEvent {}

  /**
   * An application was decided or withdrawn.
   *
   * @param application the id
   * @param actor who acted
   * @param at when
   * @param from the former status
   * @param to the new status
   */
  record ApplicationDecided(
      ApplicationId application,
      String actor,
      Instant at,
      ApplicationStatus from,
      ApplicationStatus to)
      implements ApplicationEvent {}
}
