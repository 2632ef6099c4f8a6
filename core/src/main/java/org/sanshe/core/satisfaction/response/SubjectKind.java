package org.sanshe.core.satisfaction.response;

/** What is being evaluated. Immutable and thread-safe. */
public enum SubjectKind {
  /**
   * A social worker. Surveys written before {@link #COMMUNITY_WORKER} existed used this kind for
   * community workers too; new surveys of residents' committee staff use {@link #COMMUNITY_WORKER}.
   */
  SOCIAL_WORKER,
  /** A social organization. */
  ORGANIZATION,
  /** A project, such as a purchased service. */
  PROJECT,
  /** A community. */
  COMMUNITY,
  /** A street or town department, or a street's office meeting, handling residents' matters. */
  DEPARTMENT,
  /** A community worker (社区工作者), residents' committee staff appraised by residents. */
  COMMUNITY_WORKER
}
