package org.sanshe.core.registry.organization;

/** The legal form of a social organization. */
public enum LegalForm {
  /** 社会团体: a membership association registered with civil affairs. */
  SOCIAL_GROUP,
  /** 社会服务机构 (formerly 民办非企业单位): a non-profit service provider. */
  SOCIAL_SERVICE_AGENCY,
  /** 基金会: a foundation. */
  FOUNDATION,
  /**
   * 社区社会组织: a community social organization; filed with its street or town when it does not meet
   * registration conditions, registered otherwise.
   */
  COMMUNITY_SOCIAL_ORGANIZATION;

  /**
   * Tells whether the form may be filed instead of registered.
   *
   * @return true only for community social organizations
   */
  public boolean mayBeFiled() {
    return this == COMMUNITY_SOCIAL_ORGANIZATION;
  }
}
