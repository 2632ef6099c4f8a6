package org.sanshe.core.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.OpenCatalogue;

/**
 * The channels a place accepts, an open catalogue: the {@link #presets()} (grid, door-to-door
 * visit, 12345 work order, WeChat account, app, volunteer patrol, 12349 hotline, the channels the
 * field reports name) plus integrator-defined channels with a code and Chinese and English names
 * ({@link #with(Channel, String, String)}), since every place collects needs and matters its own
 * way. The same catalogue serves needs and matters. Immutable and thread-safe; {@code with} returns
 * a new catalogue. Entries keep the order they were listed in; the listing rules are those of every
 * open catalogue ({@link OpenCatalogue}).
 */
public final class ChannelCatalogue {

  /** The longest name, in either language: {@value}. */
  public static final int MAX_NAME = 60;

  private static final Wording NAME = Wording.of("channel", "渠道");

  private static final ChannelCatalogue PRESETS =
      empty()
          .with(Channel.GRID, "网格化管理", "Grid management")
          .with(Channel.VISIT, "入户走访", "Door-to-door visit")
          .with(Channel.HOTLINE_12345, "12345 热线工单", "12345 hotline work order")
          .with(Channel.WECHAT_ACCOUNT, "社区微信公众号", "Community WeChat account")
          .with(Channel.APP, "手机应用", "App")
          .with(Channel.VOLUNTEER_PATROL, "志愿者巡查", "Volunteer patrol")
          .with(Channel.HOTLINE_12349, "12349 民政服务热线", "12349 hotline");

  /**
   * One channel with its names.
   *
   * @param channel the channel
   * @param chinese the Chinese name, a bounded name of at most {@value #MAX_NAME} characters
   * @param english the English name, a bounded name of at most {@value #MAX_NAME} characters
   */
  public record Entry(Channel channel, String chinese, String english) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws SansheException {@code TEXT_BLANK}, {@code TEXT_TOO_LONG} or {@code TEXT_CHARACTER}
     *     naming the field
     */
    public Entry {
      Objects.requireNonNull(channel, "channel");
      chinese =
          BoundedText.name(chinese, Wording.of("The channel's Chinese name", "渠道中文名"), MAX_NAME);
      english =
          BoundedText.name(english, Wording.of("The channel's English name", "渠道英文名"), MAX_NAME);
    }

    /**
     * Returns the name in both languages.
     *
     * @return the wording
     */
    public Wording wording() {
      return Wording.of(english, chinese);
    }
  }

  private final OpenCatalogue<Channel, Entry> entries;

  private ChannelCatalogue(OpenCatalogue<Channel, Entry> entries) {
    this.entries = entries;
  }

  /**
   * Returns an empty catalogue, for integrators who list every channel themselves.
   *
   * @return the catalogue
   */
  public static ChannelCatalogue empty() {
    return new ChannelCatalogue(OpenCatalogue.empty(NAME));
  }

  /**
   * Returns the catalogue of the preset channels, the ones the field reports name (needs collected
   * through grid management, door-to-door visits, 12345 work orders, community WeChat accounts and
   * apps; matters reported by volunteer patrols; the 12349 hotline); extend it with {@link #with}.
   *
   * @return the catalogue
   */
  public static ChannelCatalogue presets() {
    return PRESETS;
  }

  /**
   * Returns this catalogue with one more channel.
   *
   * @param channel the channel, not null, not listed yet
   * @param chinese the Chinese name
   * @param english the English name
   * @return the new catalogue
   * @throws SansheException with {@code CATALOGUE_CODE_DUPLICATE} for a channel listed already, or
   *     a text code naming a bad name
   */
  public ChannelCatalogue with(Channel channel, String chinese, String english) {
    Entry entry = new Entry(channel, chinese, english);
    return new ChannelCatalogue(entries.with(channel, entry));
  }

  /**
   * Finds a channel's entry.
   *
   * @param channel the channel, not null
   * @return the entry, or empty when not listed
   */
  public Optional<Entry> find(Channel channel) {
    return entries.find(Objects.requireNonNull(channel, "channel"));
  }

  /**
   * Tells whether a channel is listed.
   *
   * @param channel the channel, not null
   * @return true when listed
   */
  public boolean contains(Channel channel) {
    return entries.contains(Objects.requireNonNull(channel, "channel"));
  }

  /**
   * Checks that a channel is listed.
   *
   * @param channel the channel, not null
   * @return the channel
   * @throws SansheException with {@code CATALOGUE_ENTRY_UNKNOWN} when it is not
   */
  public Channel require(Channel channel) {
    return entries.require(Objects.requireNonNull(channel, "channel"));
  }

  /**
   * Returns every entry in the order listed.
   *
   * @return an unmodifiable list
   */
  public List<Entry> entries() {
    return entries.entries();
  }

  @Override
  public String toString() {
    return "ChannelCatalogue" + entries.keys();
  }
}
