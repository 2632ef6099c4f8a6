package org.sanshe.core.registry.project;

/** How a need was collected. */
public enum NeedChannel {
  /** 网格化管理: grid management. */
  GRID,
  /** 入户走访: door-to-door visits. */
  VISIT,
  /** 12345 热线工单: a 12345 hotline work order. */
  HOTLINE_12345,
  /** 社区微信公众号: the community's WeChat account. */
  WECHAT,
  /** 手机应用: an app. */
  APP
}
