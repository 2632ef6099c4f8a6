package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.T0;
import static org.sanshe.deliberation.affairs.MatterLifecycleTest.CLERK;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.intake.ChannelCatalogue;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.memory.InMemoryMatters;

/** Channels and matter categories are open catalogues: presets plus the place's own entries. */
class OpenCataloguesTest {

  private static final Channel OWNERS_GROUP = Channel.of("owners-group");

  private final AffairsFixtures.TestClock clock = new AffairsFixtures.TestClock(T0);
  private final AtomicLong next = new AtomicLong();
  private final InMemoryMatters matters = new InMemoryMatters();
  private final Intake intake = new Intake(matters, clock, () -> "m-" + next.incrementAndGet());

  private static MatterReport report(Channel channel, String category) {
    return MatterReport.builder()
        .channel(channel)
        .category(category)
        .place(Place.of(COMMUNITY))
        .urgency(Urgency.ROUTINE)
        .summary("楼道堆物")
        .reportedAt(T0)
        .build();
  }

  private static CoreError code(Throwable e) {
    return (CoreError) ((SansheException) e).errorCode();
  }

  @Test
  void a_new_desk_accepts_every_preset_channel_and_any_well_formed_category() {
    for (Channel channel : Channel.presets()) {
      intake.record(CLERK, report(channel, "any-category"));
    }
    assertThat(matters.all()).hasSize(Channel.presets().size());
  }

  @Test
  void a_channel_the_place_did_not_list_is_refused_and_nothing_is_recorded() {
    assertThatThrownBy(() -> intake.record(CLERK, report(OWNERS_GROUP, "parking")))
        .satisfies(e -> assertThat(code(e)).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN))
        .hasMessageContaining("channel");
    assertThat(matters.all()).isEmpty();
    assertThat(next).as("no id drawn").hasValue(0);
  }

  @Test
  void an_integrator_defined_channel_is_accepted_once_listed() {
    Intake mine =
        intake.withChannels(
            ChannelCatalogue.presets().with(OWNERS_GROUP, "业主微信群", "Owners' group chat"));
    MatterId id = mine.record(CLERK, report(OWNERS_GROUP, "parking")).matter();
    assertThat(matters.find(id).orElseThrow().snapshot().report().channel())
        .isEqualTo(OWNERS_GROUP);
    assertThat(mine.record(CLERK, report(Channel.GRID, "parking")).matter()).isNotNull();
  }

  @Test
  void a_place_that_lists_its_categories_refuses_others() {
    MatterCategoryCatalogue categories =
        MatterCategoryCatalogue.illustrative()
            .with(new CatalogueEntry("e-bike-charging", "电动车充电", "E-bike charging"));
    Intake strict = intake.withCategories(categories);
    strict.record(CLERK, report(Channel.GRID, "e-bike-charging"));
    strict.record(CLERK, report(Channel.GRID, "parking"));
    assertThatThrownBy(() -> strict.record(CLERK, report(Channel.GRID, "tutoring")))
        .satisfies(e -> assertThat(code(e)).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN))
        .hasMessageContaining("matter category");
    assertThat(matters.all()).hasSize(2);
    assertThat(
            categories
                .find(MatterCategory.of("e-bike-charging"))
                .orElseThrow()
                .wording()
                .text(Locale.CHINESE))
        .isEqualTo("电动车充电");
  }

  @Test
  void a_category_listed_twice_is_refused() {
    assertThatThrownBy(
            () ->
                MatterCategoryCatalogue.illustrative()
                    .with(new CatalogueEntry("parking", "停车", "Parking")))
        .isInstanceOfSatisfying(
            AffairsException.class,
            e ->
                assertThat(e.affairsError())
                    .isEqualTo(AffairsError.AFFAIRS_CATALOGUE_ENTRY_INVALID));
    assertThat(MatterCategoryCatalogue.empty().entries()).isEmpty();
    assertThat(MatterCategoryCatalogue.illustrative().entries())
        .extracting(CatalogueEntry::code)
        .isSorted()
        .contains("environment", "parking", "elderly-care");
  }
}
