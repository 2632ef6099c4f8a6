package org.sanshe.core.registry.programme;

import java.time.LocalDate;
import java.util.Optional;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The complete state of an {@link Application}. Immutable.
 *
 * @param id the id
 * @param version the stored version, 0 before the first save
 * @param programme the programme
 * @param call the call
 * @param applicant the applying organization
 * @param project the project applied with
 * @param domain the project's service domain
 * @param requested the amount requested
 * @param appliedOn the day of the application
 * @param origin the contest or vote it came from, or empty
 * @param status the status
 */
public record ApplicationSnapshot(
    ApplicationId id,
    long version,
    ProgrammeId programme,
    CallId call,
    OrganizationId applicant,
    ProjectId project,
    ServiceDomain domain,
    Money requested,
    LocalDate appliedOn,
    Optional<ProjectOrigin> origin,
    ApplicationStatus status) {

  /**
   * Returns this state under another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public ApplicationSnapshot withVersion(long newVersion) {
    return new ApplicationSnapshot(
        id,
        newVersion,
        programme,
        call,
        applicant,
        project,
        domain,
        requested,
        appliedOn,
        origin,
        status);
  }
}
