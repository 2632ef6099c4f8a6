package org.sanshe.core.registry.access;

/** Why the gate refused a task. */
public enum RefusalReason {
  /** The task is not on the access list and carries no approval. */
  UNLISTED,
  /** The task is listed, but for another department, and carries no approval. */
  DEPARTMENT_NOT_LISTED,
  /** The task carries an approval, but not by the named approving body. */
  APPROVER_NOT_NAMED,
  /** The approval is dated after the request. */
  APPROVAL_AFTER_REQUEST
}
