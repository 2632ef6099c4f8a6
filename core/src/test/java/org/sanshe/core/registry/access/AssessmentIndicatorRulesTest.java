package org.sanshe.core.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.satisfaction.instrument.Indicator;
import org.sanshe.core.satisfaction.instrument.IndicatorKind;
import org.sanshe.core.satisfaction.instrument.IndicatorTree;

class AssessmentIndicatorRulesTest {

  @Test
  void a_tree_with_a_ledger_indicator_is_refused_naming_it() {
    IndicatorTree tree =
        IndicatorTree.of(
            Indicator.node(
                "assessment",
                "1",
                Indicator.leaf("residents", "0.7", IndicatorKind.RESIDENT_SATISFACTION),
                Indicator.node(
                    "work",
                    "0.3",
                    Indicator.leaf("services", "0.5", IndicatorKind.SERVICE_RESULT),
                    Indicator.leaf("ledgers", "0.5", IndicatorKind.LEDGER))));
    assertThatThrownBy(() -> AssessmentIndicatorRules.jiangsu().check(tree))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(RegistryError.ACCESS_INDICATOR_BANNED);
              assertThat(e.message(Locale.ENGLISH)).contains("ledgers").contains("LEDGER");
            });
  }

  @Test
  void every_banned_kind_is_refused_also_on_an_inner_node() {
    for (IndicatorKind k :
        EnumSet.of(
            IndicatorKind.LEDGER,
            IndicatorKind.PLAQUE,
            IndicatorKind.NAMEPLATE,
            IndicatorKind.BODY,
            IndicatorKind.VENUE)) {
      IndicatorTree tree =
          IndicatorTree.of(
              Indicator.node(
                  "a", "1", Indicator.node("inner", "1", Indicator.leaf("x", "1")).withKind(k)));
      assertThatThrownBy(() -> AssessmentIndicatorRules.jiangsu().check(tree))
          .extracting(e -> ((SansheException) e).errorCode())
          .isEqualTo(RegistryError.ACCESS_INDICATOR_BANNED);
    }
  }

  @Test
  void existing_trees_stay_valid() {
    IndicatorTree preset = IndicatorTree.communityWorker();
    assertThat(AssessmentIndicatorRules.jiangsu().check(preset)).isSameAs(preset);
    assertThat(
            new Indicator(preset.root().code(), preset.root().weight(), preset.root().children())
                .kind())
        .isEqualTo(IndicatorKind.UNCLASSIFIED);
  }

  @Test
  void an_override_may_ban_more_but_lifting_a_mandated_ban_contradicts_the_preset() {
    EnumSet<IndicatorKind> more = EnumSet.copyOf(AssessmentIndicatorRules.jiangsu().banned());
    more.add(IndicatorKind.APPRAISAL);
    assertThat(AssessmentIndicatorRules.jiangsu().withBanned(more).banned())
        .contains(IndicatorKind.APPRAISAL);
    EnumSet<IndicatorKind> fewer = EnumSet.copyOf(AssessmentIndicatorRules.jiangsu().banned());
    fewer.remove(IndicatorKind.VENUE);
    assertThatThrownBy(() -> AssessmentIndicatorRules.jiangsu().withBanned(fewer))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.REGISTRY_PRESET_OVERRIDE_CONTRADICTS);
    assertThat(AssessmentIndicatorRules.banning(fewer).banned())
        .doesNotContain(IndicatorKind.VENUE);
  }

  @Test
  void the_community_worker_preset_turns_mostly_on_residents_satisfaction() {
    IndicatorTree preset = IndicatorTree.communityWorker();
    assertThat(preset.weightOf(IndicatorKind.RESIDENT_SATISFACTION))
        .isEqualTo(org.sanshe.core.kernel.Fraction.parse("0.6"));
    assertThat(preset.weightOf(IndicatorKind.APPRAISAL))
        .isEqualTo(org.sanshe.core.kernel.Fraction.parse("0.4"));
    assertThat(preset.weightOf(IndicatorKind.LEDGER))
        .isEqualTo(org.sanshe.core.kernel.Fraction.ZERO);
  }
}
