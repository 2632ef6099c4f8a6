package org.sanshe.core.registry.project;

/** The three expert reviews of a project. */
public enum ReviewStage {
  /** 立项评审: approval review of a submitted project. */
  APPROVAL,
  /** 中期评估: mid-term evaluation of a running project. */
  MIDTERM,
  /** 结项评估: final evaluation. */
  FINAL
}
