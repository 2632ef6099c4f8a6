package org.sanshe.core.registry.organization;

/** A field in which an organization serves. */
public enum ServiceDomain {
  /** 养老: elderly care. */
  ELDERLY_CARE,
  /** 青少年: youth. */
  YOUTH,
  /** 助残: disability. */
  DISABILITY,
  /** 救助: relief and assistance. */
  RELIEF,
  /** 文体: culture and sports. */
  CULTURE_AND_SPORTS,
  /** 志愿服务: volunteering. */
  VOLUNTEERING,
  /** 调解: mediation. */
  MEDIATION,
  /** 环保: environment. */
  ENVIRONMENT,
  /** 外来务工子女: children of migrant workers. */
  MIGRANT_CHILDREN,
  /** 平安: public safety. */
  PUBLIC_SAFETY,
  /** 健康: health. */
  HEALTH
}
