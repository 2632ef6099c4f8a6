package org.sanshe.deliberation.affairs;

/** The channel through which a community matter reached the community. */
public enum Channel {
  /** Grid management: a grid worker's round (网格化管理). */
  GRID,
  /** A door-to-door visit (走访). */
  VISIT,
  /** A 12345 hotline work order (12345 工单). */
  HOTLINE_12345,
  /** The community's WeChat official account (微信公众号). */
  WECHAT_ACCOUNT,
  /** A community app. */
  APP,
  /** A volunteer patrol (志愿者巡查). */
  VOLUNTEER_PATROL,
  /** A 12349 elderly-care and convenience-services hotline call (12349 民政服务热线). */
  HOTLINE_12349
}
