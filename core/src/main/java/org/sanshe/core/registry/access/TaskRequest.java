package org.sanshe.core.registry.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * A department's request to hand a task to a residents' committee. Immutable and thread-safe; all
 * components but {@code approval} are non-null.
 *
 * @param task the task
 * @param department the requesting department, a checked name
 * @param community the community (residents' committee) asked to take the task
 * @param handedOn the date of the request
 * @param approval the approval of an unlisted task, or null when there is none
 */
public record TaskRequest(
    TaskCode task,
    String department,
    DivisionCode community,
    LocalDate handedOn,
    Approval approval) {

  /**
   * Checks the components.
   *
   * @throws RegistryException with {@code ORGANIZATION_NOT_COMMUNITY} when the division is no
   *     community
   */
  public TaskRequest {
    Objects.requireNonNull(task, "task");
    department =
        org.sanshe.core.kernel.BoundedText.name(
            Objects.requireNonNull(department, "department"),
            AccessEntry.DEPARTMENT,
            AccessEntry.MAX_TEXT_LENGTH);
    Objects.requireNonNull(community, "community");
    if (community.kind() != DivisionKind.COMMUNITY) {
      throw new RegistryException(RegistryError.ORGANIZATION_NOT_COMMUNITY, "community");
    }
    Objects.requireNonNull(handedOn, "handedOn");
  }

  /**
   * Returns a request without approval.
   *
   * @param task the task
   * @param department the department
   * @param community the community
   * @param handedOn the date
   * @return the request
   */
  public static TaskRequest of(
      TaskCode task, String department, DivisionCode community, LocalDate handedOn) {
    return new TaskRequest(task, department, community, handedOn, null);
  }

  /**
   * Returns this request carrying an approval.
   *
   * @param approval the approval, not null
   * @return the request
   */
  public TaskRequest approvedBy(Approval approval) {
    return new TaskRequest(
        task, department, community, handedOn, Objects.requireNonNull(approval, "approval"));
  }

  /**
   * Returns the approval.
   *
   * @return the approval, or empty
   */
  public Optional<Approval> approvalIfAny() {
    return Optional.ofNullable(approval);
  }
}
