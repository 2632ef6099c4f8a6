package org.sanshe.deliberation.escalation;

import java.util.Optional;

/**
 * The rungs of the three-level linkage response (Xincheng), lowest first: volunteers report to
 * social workers, social workers pass matters to the community or the town's departments, and what
 * those cannot settle goes to the street or town head's office meeting.
 */
public enum Level {
  /** A volunteer (志愿者) handles it. */
  VOLUNTEER,
  /** A social worker (社工) handles it. */
  SOCIAL_WORKER,
  /** The community or a street/town department handles it. */
  COMMUNITY_OR_DEPARTMENT,
  /** The street or town head's office meeting (镇长办公会) decides: the top of the ladder. */
  HEAD_OFFICE_MEETING;

  /**
   * Returns the next rung up.
   *
   * @return the next level, or empty at the top
   */
  public Optional<Level> next() {
    return this == HEAD_OFFICE_MEETING ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }
}
