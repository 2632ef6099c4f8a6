package org.sanshe.core.registry.programme;

import java.time.LocalDate;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.ProjectId;

/**
 * What an organization submits to a call: the form of {@link Application#submit}. Immutable and
 * thread-safe.
 *
 * @param id the application's id
 * @param call the call
 * @param applicant the applying organization
 * @param project the project applied with (drafted in the project registry)
 * @param domain the project's service domain
 * @param requested the amount requested, positive
 * @param appliedOn the day of the application
 * @param origin the contest or vote it came from, or empty for an organization's own application
 */
public record NewApplication(
    ApplicationId id,
    CallId call,
    OrganizationId applicant,
    ProjectId project,
    ServiceDomain domain,
    Money requested,
    LocalDate appliedOn,
    Optional<ProjectOrigin> origin) {

  /**
   * Checks the components.
   *
   * @throws org.sanshe.core.registry.RegistryException with {@code REGISTRY_FIELD_MISSING} or
   *     {@code BUDGET_AMOUNT_NOT_POSITIVE}
   */
  public NewApplication {
    Checks.required(id, "id");
    Checks.required(call, "call");
    Checks.required(applicant, "applicant");
    Checks.required(project, "project");
    Checks.required(domain, "domain");
    Checks.required(appliedOn, "appliedOn");
    Checks.required(origin, "origin");
    Checks.positive(requested, Wording.of("The amount requested", "申请金额"));
  }
}
