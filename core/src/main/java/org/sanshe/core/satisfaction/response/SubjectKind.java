package org.sanshe.core.satisfaction.response;

/** What is being evaluated. Immutable and thread-safe. */
public enum SubjectKind {
  /** A community social worker (社区工作者). */
  SOCIAL_WORKER,
  /** A social organization. */
  ORGANIZATION,
  /** A project, such as a purchased service. */
  PROJECT,
  /** A community. */
  COMMUNITY,
  /** A street or town department, or a street's office meeting, handling residents' matters. */
  DEPARTMENT
}
