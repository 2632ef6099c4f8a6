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

  private static final java.time.Instant AT = java.time.Instant.parse("2026-03-01T08:00:00Z");

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
    GuidanceList funded = g.fund(n1, "officer", AT);
    assertThat(funded.entry(n1).orElseThrow().status()).isEqualTo(NeedStatus.FUNDED);
    assertThat(g.entry(n1).orElseThrow().status()).isEqualTo(NeedStatus.ACCEPTED);
    GuidanceList met = funded.meet(n1, "officer", AT);
    assertThat(met.countByStatus()).isEqualTo(Map.of(NeedStatus.ACCEPTED, 3L, NeedStatus.MET, 1L));
    assertThatThrownBy(() -> met.fund(n1, "officer", AT))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.GUIDANCE_NEED_TRANSITION));
    assertThatThrownBy(() -> g.fund(new NeedId("zz"), "officer", AT))
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

  @Test
  void a_stored_list_names_who_screened_funded_and_met_and_restores_its_snapshot() {
    GuidanceList g =
        GuidanceList.screen(DISTRICT, 2026, needs(), GuidanceScreen.defaults(), "screener", AT)
            .fund(new NeedId("n1"), "officer", AT)
            .meet(new NeedId("n1"), "auditor", AT.plusSeconds(60));
    assertThat(g.pendingEvents())
        .containsExactly(
            new GuidanceEvent.GuidanceListScreened(DISTRICT, 2026, "screener", AT, 4),
            new GuidanceEvent.NeedFunded(DISTRICT, 2026, "officer", AT, new NeedId("n1")),
            new GuidanceEvent.NeedMet(
                DISTRICT, 2026, "auditor", AT.plusSeconds(60), new NeedId("n1")));
    assertThat(g.version()).isZero();
    assertThat(g.key()).isEqualTo("320114-2026");
    GuidanceList restored = GuidanceList.restore(g.snapshot().withVersion(4));
    assertThat(restored.version()).isEqualTo(4);
    assertThat(restored.entries()).isEqualTo(g.entries());
    assertThat(restored.pendingEvents()).isEmpty();
    GuidanceListSnapshot s = g.snapshot();
    assertThatThrownBy(
            () -> GuidanceList.restore(new GuidanceListSnapshot(DISTRICT, 2026, -1, s.entries())))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    assertThatThrownBy(
            () -> GuidanceList.restore(new GuidanceListSnapshot(DISTRICT, 2026, 1, null)))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.REGISTRY_FIELD_MISSING));
    assertThatThrownBy(() -> g.fund(new NeedId("n2"), "", AT))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.ORGANIZATION_ID_INVALID));
    assertThat(g.pendingEvents()).hasSize(3);
  }
}
