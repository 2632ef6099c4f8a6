package org.sanshe.deliberation.affairs;

import org.sanshe.core.error.Wording;

/**
 * Where a matter stands in its lifecycle: reported, accepted or refused, triaged, dispatched to a
 * handler, in progress, resolved, closed (confirmed by the reporter or after the confirmation
 * window), or reopened on a justified complaint. The codes are stored; never reorder. Immutable and
 * thread-safe.
 */
public enum MatterStatus {
  /** Recorded from a channel, not yet accepted (已报告). */
  REPORTED(1, Wording.of("reported", "已报告")),
  /** Accepted for handling (已受理). */
  ACCEPTED(2, Wording.of("accepted", "已受理")),
  /** Refused with a reason; final (不予受理). */
  REFUSED(3, Wording.of("refused", "不予受理")),
  /** Triaged to a resolution path (已分流). */
  TRIAGED(4, Wording.of("triaged", "已分流")),
  /** Dispatched to a named handler (已派单). */
  DISPATCHED(5, Wording.of("dispatched", "已派单")),
  /** The handler is working on it (办理中). */
  IN_PROGRESS(6, Wording.of("in progress", "办理中")),
  /** Resolved with a note, awaiting the reporter's confirmation (已办结). */
  RESOLVED(7, Wording.of("resolved", "已办结")),
  /** Closed: confirmed by the reporter or after the confirmation window (已结案). */
  CLOSED(8, Wording.of("closed", "已结案")),
  /** Reopened on a justified complaint, to be dispatched or worked on again (已重办). */
  REOPENED(9, Wording.of("reopened", "已重办"));

  private final int code;
  private final Wording wording;

  MatterStatus(int code, Wording wording) {
    this.code = code;
    this.wording = wording;
  }

  /**
   * Returns the stored code.
   *
   * @return 1 to 9
   */
  public int code() {
    return code;
  }

  /**
   * Returns the status's name in both languages, for messages.
   *
   * @return the wording
   */
  public Wording wording() {
    return wording;
  }

  /**
   * Tells whether the matter counts as settled (resolved or closed).
   *
   * @return true for {@link #RESOLVED} and {@link #CLOSED}
   */
  public boolean isSettled() {
    return this == RESOLVED || this == CLOSED;
  }

  /**
   * Tells whether the matter is still open for work (not refused, resolved or closed).
   *
   * @return true while someone must still act on it
   */
  public boolean isOpen() {
    return this != REFUSED && !isSettled();
  }
}
