package org.sanshe.core.registry.access;

import java.util.Objects;

/**
 * The gate's decision on one request: listed and accepted, unlisted but approved, or refused with a
 * reason. Immutable and thread-safe; no component is null.
 */
public sealed interface AccessDecision {

  /**
   * Returns the request decided.
   *
   * @return the request
   */
  TaskRequest request();

  /**
   * Tells whether the committee takes the task on.
   *
   * @return true when listed or approved
   */
  boolean accepted();

  /**
   * A listed task, accepted.
   *
   * @param request the request
   * @param entry the list entry that allows it
   */
  record Listed(TaskRequest request, AccessEntry entry) implements AccessDecision {
    /** Checks the components. */
    public Listed {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(entry, "entry");
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * An unlisted task, accepted because the named approving body approved it.
   *
   * @param request the request
   * @param approval the approval, as recorded
   */
  record Approved(TaskRequest request, Approval approval) implements AccessDecision {
    /** Checks the components. */
    public Approved {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(approval, "approval");
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * A refused task.
   *
   * @param request the request
   * @param reason why
   */
  record Refused(TaskRequest request, RefusalReason reason) implements AccessDecision {
    /** Checks the components. */
    public Refused {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }
}
