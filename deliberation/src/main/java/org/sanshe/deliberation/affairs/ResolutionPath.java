package org.sanshe.deliberation.affairs;

/** The three paths of the "622" method (Yuhuatai) by which a community matter is settled. */
public enum ResolutionPath {
  /** Settled by community deliberation (社区议事协商); preset target at least 60%. */
  COMMUNITY_DELIBERATION,
  /** Settled by a social organization's professional service; preset target at least 20%. */
  SOCIAL_ORGANIZATION_SERVICE,
  /** Referred to departments or other channels; preset target at most 20%. */
  REFERRAL
}
