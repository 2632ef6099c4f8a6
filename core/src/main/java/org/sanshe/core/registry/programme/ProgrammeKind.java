package org.sanshe.core.registry.programme;

/**
 * The kinds of funding programme the field reports name; integrators map others to {@link #OTHER}.
 */
public enum ProgrammeKind {
  /** 公益创投: venture philanthropy, organizations propose projects and compete for grants. */
  VENTURE_PHILANTHROPY,
  /** 品质社区: a quality-communities programme. */
  QUALITY_COMMUNITY,
  /** 为民服务专项资金: the district's or a community's service-to-residents fund. */
  SERVICE_TO_RESIDENTS_FUND,
  /** 政府购买服务 / 费随事转: a department's functions transferred with their money. */
  FUNCTION_TRANSFER,
  /** Any other programme. */
  OTHER
}
