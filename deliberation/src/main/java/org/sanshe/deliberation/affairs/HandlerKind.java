package org.sanshe.deliberation.affairs;

import org.sanshe.core.error.Wording;

/**
 * The kinds of body a matter is dispatched to, following the three-level response of the Xincheng
 * field report: social workers route a matter by difficulty to the community or to a named town
 * (street) department, or to a social organization's service; what those cannot settle goes to the
 * town head's office meeting. Immutable and thread-safe.
 */
public enum HandlerKind {
  /** A community (residents' committee), by its 12-digit division code (社区). */
  COMMUNITY(Wording.of("community", "社区")),
  /** A social organization from the registry, by its organization id (社会组织). */
  SOCIAL_ORGANIZATION(Wording.of("social organization", "社会组织")),
  /** A street or town department from a configurable catalogue, by its code (街镇部门). */
  DEPARTMENT(Wording.of("department", "部门")),
  /** The street's or town's head office meeting, by its 9-digit division code (街镇长办公会). */
  OFFICE_MEETING(Wording.of("office meeting", "街镇长办公会"));

  private final Wording wording;

  HandlerKind(Wording wording) {
    this.wording = wording;
  }

  /**
   * Returns the kind's name in both languages, for messages.
   *
   * @return the wording
   */
  public Wording wording() {
    return wording;
  }
}
