package org.sanshe.core.registry.project;

import org.sanshe.core.intake.Channel;

/**
 * How a need was collected, the former closed list of need channels.
 *
 * @deprecated needs and matters share one open channel type, {@link Channel} (presets plus
 *     integrator-defined channels of a {@link org.sanshe.core.intake.ChannelCatalogue}); {@link
 *     #channel()} maps each constant to it
 */
@Deprecated(forRemoval = true)
public enum NeedChannel {
  /** 网格化管理: grid management. */
  GRID(Channel.GRID),
  /** 入户走访: door-to-door visits. */
  VISIT(Channel.VISIT),
  /** 12345 热线工单: a 12345 hotline work order. */
  HOTLINE_12345(Channel.HOTLINE_12345),
  /** 社区微信公众号: the community's WeChat account. */
  WECHAT(Channel.WECHAT_ACCOUNT),
  /** 手机应用: an app. */
  APP(Channel.APP);

  private final Channel channel;

  NeedChannel(Channel channel) {
    this.channel = channel;
  }

  /**
   * Returns the shared channel.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }
}
