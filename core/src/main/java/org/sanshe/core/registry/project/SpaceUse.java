package org.sanshe.core.registry.project;

/** What a part of a community's service space is used for. */
public enum SpaceUse {
  /** 养老: elderly services. */
  ELDERLY,
  /** 青少年: youth. */
  YOUTH,
  /** 慈善: charity. */
  CHARITY,
  /** 调解: mediation. */
  MEDIATION,
  /** 办公: offices. */
  OFFICE,
  /** Anything else. */
  OTHER
}
