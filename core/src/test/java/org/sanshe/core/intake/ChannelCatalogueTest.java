package org.sanshe.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;

class ChannelCatalogueTest {

  private static final Channel OWNERS_GROUP = Channel.of("owners-group");

  @Test
  void the_presets_list_every_preset_channel_with_both_names() {
    ChannelCatalogue presets = ChannelCatalogue.presets();
    assertThat(presets.entries())
        .extracting(ChannelCatalogue.Entry::channel)
        .isEqualTo(Channel.presets());
    assertThat(presets.find(Channel.HOTLINE_12349).orElseThrow().chinese()).contains("12349");
    assertThat(presets.find(Channel.VOLUNTEER_PATROL).orElseThrow().wording().text(Locale.ENGLISH))
        .isEqualTo("Volunteer patrol");
    assertThat(presets.contains(OWNERS_GROUP)).isFalse();
  }

  @Test
  void an_integrator_adds_its_own_channels_and_the_presets_stay_unchanged() {
    ChannelCatalogue mine =
        ChannelCatalogue.presets().with(OWNERS_GROUP, "业主微信群", "Owners' group chat");
    assertThat(mine.require(OWNERS_GROUP)).isEqualTo(OWNERS_GROUP);
    assertThat(mine.entries())
        .hasSize(8)
        .last()
        .extracting(ChannelCatalogue.Entry::english)
        .isEqualTo("Owners' group chat");
    assertThat(ChannelCatalogue.presets().contains(OWNERS_GROUP)).isFalse();
    assertThat(ChannelCatalogue.empty().with(Channel.GRID, "网格", "Grid").entries()).hasSize(1);
  }

  @Test
  void an_unlisted_channel_a_listed_code_twice_and_a_blank_name_are_refused_by_code() {
    assertThatThrownBy(() -> ChannelCatalogue.presets().require(OWNERS_GROUP))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN));
    assertThatThrownBy(() -> ChannelCatalogue.presets().with(Channel.GRID, "网格", "Grid"))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_CODE_DUPLICATE));
    assertThatThrownBy(() -> ChannelCatalogue.presets().with(OWNERS_GROUP, " ", "Group"))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_BLANK));
    assertThatThrownBy(() -> ChannelCatalogue.presets().with(OWNERS_GROUP, "群", "x".repeat(61)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_TOO_LONG));
  }
}
