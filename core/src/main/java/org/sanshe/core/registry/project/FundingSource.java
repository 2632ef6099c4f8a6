package org.sanshe.core.registry.project;

/** Where a project's money comes from. */
public enum FundingSource {
  /** 财政: public funds (government purchase of services, venture philanthropy). */
  FISCAL,
  /** 企业: enterprises. */
  ENTERPRISE,
  /** 基金会: foundations. */
  FOUNDATION,
  /** 社会捐赠: public donations. */
  PUBLIC_DONATION,
  /** 自筹: self-generated income. */
  SELF_GENERATED
}
