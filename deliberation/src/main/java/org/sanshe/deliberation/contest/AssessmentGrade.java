package org.sanshe.deliberation.contest;

/** A year-end assessment grade decided by residents' vote (年终考核测评). */
public enum AssessmentGrade {
  /** Excellent (优秀). */
  EXCELLENT,
  /** Competent (称职). */
  COMPETENT,
  /** Incompetent (不称职). */
  INCOMPETENT
}
