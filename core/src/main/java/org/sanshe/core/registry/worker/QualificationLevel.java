package org.sanshe.core.registry.worker;

/** The national social-work qualification levels, lowest first. */
public enum QualificationLevel {
  /** 助理社会工作师: assistant social worker. */
  ASSISTANT,
  /** 社会工作师: social worker (intermediate). */
  INTERMEDIATE,
  /** 高级社会工作师: senior social worker. */
  SENIOR
}
