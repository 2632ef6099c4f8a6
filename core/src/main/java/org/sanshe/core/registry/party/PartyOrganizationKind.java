package org.sanshe.core.registry.party;

/**
 * How an organization is covered by a Party organization, as civil-affairs registries record it.
 */
public enum PartyOrganizationKind {
  /** The organization has its own Party branch (单独建立党组织). */
  OWN_BRANCH,
  /** The organization belongs to a joint branch of several organizations (联合党支部). */
  JOINT_BRANCH,
  /** No branch, but a Party-building instructor is assigned (党建指导员). */
  INSTRUCTOR,
  /** None of these. */
  NONE;

  /**
   * Tells whether the kind counts for organization coverage (组织覆盖): own or joint branch.
   *
   * @return true for a branch
   */
  public boolean isBranch() {
    return this == OWN_BRANCH || this == JOINT_BRANCH;
  }

  /**
   * Tells whether the kind counts for work coverage (工作覆盖): a branch or an instructor.
   *
   * @return true unless {@link #NONE}
   */
  public boolean isCovered() {
    return this != NONE;
  }
}
