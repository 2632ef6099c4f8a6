package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.programme.ProgrammeFixture.needs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.NeedId;

class GuidanceListTest {

  @Test
  void the_district_screens_the_streets_service_lists() {
    // street 001 has two elderly-care needs and one youth need, street 002 one elderly-care need
    GuidanceList all = GuidanceList.screen(DISTRICT, 2026, needs(), GuidanceScreen.defaults());
    assertThat(all.entries())
        .extracting(g -> g.need().id().value())
        .containsExactly("n1", "n2", "n3", "n4");
    GuidanceList twoOrMore =
        GuidanceList.screen(DISTRICT, 2026, needs(), new GuidanceScreen(Set.of(), 2));
    assertThat(twoOrMore.entries())
        .extracting(g -> g.need().id().value())
        .containsExactly("n1", "n2");
    GuidanceList youthOnly =
        GuidanceList.screen(
            DISTRICT, 2026, needs(), new GuidanceScreen(Set.of(ServiceDomain.YOUTH), 1));
    assertThat(youthOnly.entries()).extracting(g -> g.need().id().value()).containsExactly("n3");
    assertThat(all.countByStatus()).isEqualTo(Map.of(NeedStatus.ACCEPTED, 4L));
  }

  @Test
  void needs_move_from_accepted_to_funded_to_met_and_never_back() {
    GuidanceList g = GuidanceList.screen(DISTRICT, 2026, needs(), GuidanceScreen.defaults());
    NeedId n1 = new NeedId("n1");
    GuidanceList funded = g.fund(n1);
    assertThat(funded.entry(n1).orElseThrow().status()).isEqualTo(NeedStatus.FUNDED);
    assertThat(g.entry(n1).orElseThrow().status()).isEqualTo(NeedStatus.ACCEPTED);
    GuidanceList met = funded.meet(n1);
    assertThat(met.countByStatus()).isEqualTo(Map.of(NeedStatus.ACCEPTED, 3L, NeedStatus.MET, 1L));
    assertThatThrownBy(() -> met.fund(n1))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.GUIDANCE_NEED_TRANSITION));
    assertThatThrownBy(() -> g.fund(new NeedId("zz")))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_NEED_NOT_GUIDED));
    assertThat(GuidanceList.of(DISTRICT, 2026, met.entries())).isEqualTo(met);
  }

  @Test
  void a_stored_list_is_checked() {
    GuidanceList g = GuidanceList.screen(DISTRICT, 2026, needs(), GuidanceScreen.defaults());
    List<GuidedNeed> twice = List.of(g.entries().get(0), g.entries().get(0));
    assertThatThrownBy(() -> GuidanceList.of(DISTRICT, 2026, twice))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    assertThatThrownBy(() -> new GuidanceScreen(Set.of(), 0)).isInstanceOf(RegistryException.class);
    assertThatThrownBy(
            () -> GuidanceList.screen(DISTRICT, 1999, needs(), GuidanceScreen.defaults()))
        .isInstanceOf(RegistryException.class);
  }
}
