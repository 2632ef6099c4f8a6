package org.sanshe.core.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.project.OfficeSpaceRules.CommunitySpace;

class OfficeSpaceRulesTest {

  static final DivisionCode A = DivisionCode.parse("320114002001");
  static final DivisionCode B = DivisionCode.parse("320114002002");

  @Test
  void half_of_each_community_and_a_thousand_square_metres_on_average() {
    OfficeSpaceRules.Decision d =
        OfficeSpaceRules.preset()
            .decide(List.of(new CommunitySpace(A, 1_200, 600), new CommunitySpace(B, 800, 399)));
    assertThat(d.communities().get(0).met()).isTrue();
    assertThat(d.communities().get(1).met()).isFalse();
    assertThat(d.communities().get(1).requiredSquareMetres()).isEqualTo(400);
    assertThat(d.averageMet()).isTrue();
    assertThat(d.totalSquareMetres()).isEqualTo(2_000);
    assertThat(d.met()).isFalse();
    assertThat(
            OfficeSpaceRules.preset()
                .decide(List.of(new CommunitySpace(A, 1_000, 500), new CommunitySpace(B, 999, 500)))
                .averageMet())
        .isFalse();
  }

  @Test
  void a_preset_may_be_raised_but_lowering_it_contradicts_the_preset() {
    assertThat(OfficeSpaceRules.preset().withPublicWelfarePercent(60).publicWelfarePercent())
        .isEqualTo(60);
    assertThatThrownBy(() -> OfficeSpaceRules.preset().withPublicWelfarePercent(40))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS);
    assertThatThrownBy(() -> OfficeSpaceRules.preset().withMinimumAverageSquareMetres(800))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS);
    assertThat(OfficeSpaceRules.local(40, 800).withPublicWelfarePercent(30).isPreset()).isFalse();
  }

  @Test
  void bad_figures_are_refused() {
    assertThatThrownBy(() -> new CommunitySpace(A, 100, 101))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.BUDGET_FIGURE_INVALID);
    assertThatThrownBy(() -> OfficeSpaceRules.local(101, 0))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.BUDGET_SETTING_INVALID);
    assertThatThrownBy(() -> OfficeSpaceRules.preset().decide(List.of()))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.BUDGET_FIGURE_INVALID);
  }

  @Test
  void a_community_meets_the_preset_exactly_when_its_public_welfare_area_is_at_least_half() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(0, 10_000_000))
        .checkAssert(
            (a, b) -> {
              long total = Math.max(a, b);
              long part = Math.min(a, b);
              OfficeSpaceRules.CommunityDecision d =
                  OfficeSpaceRules.preset()
                      .decide(List.of(new CommunitySpace(A, total, part)))
                      .communities()
                      .get(0);
              assertThat(d.met()).isEqualTo(2 * part >= total);
              assertThat(2 * d.requiredSquareMetres()).isBetween(total, total + 1);
            });
  }
}
