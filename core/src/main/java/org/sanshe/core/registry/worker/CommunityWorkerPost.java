package org.sanshe.core.registry.worker;

/** The post of a community worker (社区工作者) in a residents' committee. */
public enum CommunityWorkerPost {
  /** Secretary of the community Party organization (书记). */
  SECRETARY,
  /** Director of the residents' committee (主任). */
  DIRECTOR,
  /** A member of the residents' committee (委员). */
  COMMITTEE_MEMBER,
  /** Full-time community staff (专职社区工作者). */
  FULL_TIME_STAFF,
  /** A grid worker (网格员). */
  GRID_WORKER
}
