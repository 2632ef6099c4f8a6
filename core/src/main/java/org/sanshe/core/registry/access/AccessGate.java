package org.sanshe.core.registry.access;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * The request-and-approval gate: a task listed for the requesting department is accepted; any other
 * task is refused with a reason unless it carries an approval by the named approving body, dated no
 * later than the request, in which case it is accepted and the approval is part of the decision.
 * Immutable and thread-safe.
 */
public final class AccessGate {

  private final AccessList list;
  private final String approvingBody;

  private AccessGate(AccessList list, String approvingBody) {
    this.list = list;
    this.approvingBody = approvingBody;
  }

  /**
   * Creates a gate.
   *
   * @param list the access list, not null
   * @param approvingBody the body whose approval admits an unlisted task (local: the district or
   *     city names it), not null
   * @return the gate
   */
  public static AccessGate of(AccessList list, String approvingBody) {
    return new AccessGate(
        Objects.requireNonNull(list, "list"),
        BoundedText.name(
            Objects.requireNonNull(approvingBody, "approvingBody"),
            Wording.of("approving body", "审批机构"),
            AccessEntry.MAX_TEXT_LENGTH));
  }

  /**
   * Decides a request without throwing.
   *
   * @param request the request, not null
   * @return the decision
   */
  public AccessDecision decide(TaskRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<AccessEntry> entry = list.find(request.task());
    if (entry.isPresent() && entry.get().department().equals(request.department())) {
      return new AccessDecision.Listed(request, entry.get());
    }
    Approval approval = request.approval();
    if (approval == null) {
      return new AccessDecision.Refused(
          request,
          entry.isPresent() ? RefusalReason.DEPARTMENT_NOT_LISTED : RefusalReason.UNLISTED);
    }
    if (!approval.approvingBody().equals(approvingBody)) {
      return new AccessDecision.Refused(request, RefusalReason.APPROVER_NOT_NAMED);
    }
    if (approval.approvedOn().isAfter(request.handedOn())) {
      return new AccessDecision.Refused(request, RefusalReason.APPROVAL_AFTER_REQUEST);
    }
    return new AccessDecision.Approved(request, approval);
  }

  /**
   * Decides a request and throws if it is refused.
   *
   * @param request the request, not null
   * @return the accepting decision
   * @throws RegistryException with {@code ACCESS_TASK_UNLISTED} (unlisted or listed for another
   *     department, without approval) or {@code ACCESS_APPROVAL_INVALID} (approved by another body
   *     or after the request)
   */
  public AccessDecision admit(TaskRequest request) {
    AccessDecision d = decide(request);
    if (d instanceof AccessDecision.Refused r) {
      switch (r.reason()) {
        case UNLISTED, DEPARTMENT_NOT_LISTED ->
            throw new RegistryException(
                RegistryError.ACCESS_TASK_UNLISTED, request.task(), approvingBody);
        case APPROVER_NOT_NAMED ->
            throw new RegistryException(
                RegistryError.ACCESS_APPROVAL_INVALID,
                request.task(),
                Wording.of("approving body", "审批机构"));
        case APPROVAL_AFTER_REQUEST ->
            throw new RegistryException(
                RegistryError.ACCESS_APPROVAL_INVALID,
                request.task(),
                Wording.of("approval date", "批准日期"));
      }
    }
    return d;
  }

  /**
   * Returns the access list.
   *
   * @return the list
   */
  public AccessList list() {
    return list;
  }

  /**
   * Returns the named approving body.
   *
   * @return its name
   */
  public String approvingBody() {
    return approvingBody;
  }

  @Override
  public String toString() {
    return "AccessGate[" + list + ", approved by " + approvingBody + "]";
  }
}
