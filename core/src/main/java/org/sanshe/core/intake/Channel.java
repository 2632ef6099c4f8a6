package org.sanshe.core.intake;

import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * The channel through which a need or a community matter reached the community, one type for the
 * registry's needs and the deliberation module's matters. A channel is its code: the presets below
 * (their codes are the names the former enums stored and wrote to JSON, so stored data reads back
 * unchanged) or an integrator-defined code listed in the place's {@link ChannelCatalogue}, which
 * holds the Chinese and English names. A code is 1 to {@value #MAX_CODE} ASCII letters, digits,
 * {@code -} or {@code _}, starting with a letter; codes are case-sensitive.
 *
 * <p>Immutable and thread-safe; compares by its code. The code {@code WECHAT}, which needs stored
 * before channels were shared, reads as {@link #WECHAT_ACCOUNT}.
 *
 * @param code the code, stored and sent in JSON
 */
public record Channel(String code) implements Comparable<Channel> {

  /** The longest code: {@value}. */
  public static final int MAX_CODE = 40;

  /** Grid management: a grid worker's round (网格化管理). */
  public static final Channel GRID = new Channel("GRID");

  /** A door-to-door visit (入户走访). */
  public static final Channel VISIT = new Channel("VISIT");

  /** A 12345 hotline work order (12345 热线工单). */
  public static final Channel HOTLINE_12345 = new Channel("HOTLINE_12345");

  /** The community's WeChat official account (社区微信公众号). */
  public static final Channel WECHAT_ACCOUNT = new Channel("WECHAT_ACCOUNT");

  /** A community app (手机应用). */
  public static final Channel APP = new Channel("APP");

  /** A volunteer patrol (志愿者巡查). */
  public static final Channel VOLUNTEER_PATROL = new Channel("VOLUNTEER_PATROL");

  /** A 12349 elderly-care and convenience-services hotline call (12349 民政服务热线). */
  public static final Channel HOTLINE_12349 = new Channel("HOTLINE_12349");

  private static final List<Channel> PRESETS =
      List.of(GRID, VISIT, HOTLINE_12345, WECHAT_ACCOUNT, APP, VOLUNTEER_PATROL, HOTLINE_12349);

  /**
   * Checks the code.
   *
   * @throws NullPointerException if code is null
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public Channel {
    Objects.requireNonNull(code, "code");
    if (!isCode(code)) {
      throw new SansheException(
          CoreError.CATALOGUE_CODE_INVALID,
          Wording.of("channel", "渠道"),
          Wording.of(
              "1 to 40 letters, digits, - or _, starting with a letter",
              "须为 1 至 40 个字母、数字、- 或 _，以字母开头"));
    }
  }

  /**
   * Returns the channel with a code; {@code WECHAT} (the code needs stored before) reads as {@link
   * #WECHAT_ACCOUNT}.
   *
   * @param code the code, not null
   * @return the channel
   * @throws SansheException with {@code CATALOGUE_CODE_INVALID} for a malformed code
   */
  public static Channel of(String code) {
    Objects.requireNonNull(code, "code");
    if (code.equals("WECHAT")) {
      return WECHAT_ACCOUNT;
    }
    for (Channel preset : PRESETS) {
      if (preset.code.equals(code)) {
        return preset;
      }
    }
    return new Channel(code);
  }

  /**
   * Returns the preset channels in their stable order: grid, visit, 12345 work order, WeChat
   * account, app, volunteer patrol, 12349 hotline.
   *
   * @return an unmodifiable list
   */
  public static List<Channel> presets() {
    return PRESETS;
  }

  /**
   * Tells whether this channel is one of the {@link #presets()}.
   *
   * @return true for a preset
   */
  public boolean isPreset() {
    return PRESETS.contains(this);
  }

  /**
   * Tells whether a text has the form of a channel code.
   *
   * @param code the text, not null
   * @return true for 1 to 40 of {@code A-Z a-z 0-9 - _}, starting with a letter
   */
  public static boolean isCode(String code) {
    return OpenCatalogue.isCode(code, MAX_CODE);
  }

  @Override
  public int compareTo(Channel other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
