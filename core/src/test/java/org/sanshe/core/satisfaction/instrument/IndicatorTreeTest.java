package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.satisfaction.Rational;

class IndicatorTreeTest {

  @Test
  void the_community_worker_preset_is_street_30_peers_10_residents_60() {
    IndicatorTree tree = IndicatorTree.communityWorker();
    assertThat(tree.leafWeights())
        .containsExactly(
            Map.entry(ItemId.of("street"), Rational.of(3, 10)),
            Map.entry(ItemId.of("peers"), Rational.of(1, 10)),
            Map.entry(ItemId.of("residents"), Rational.of(6, 10)));
  }

  @Test
  void the_composite_is_the_exact_weighted_sum() {
    Rational composite =
        IndicatorTree.communityWorker()
            .evaluate(
                Map.of(
                    ItemId.of("street"), Rational.of(90),
                    ItemId.of("peers"), Rational.of(80),
                    ItemId.of("residents"), Rational.parse("85.5")));
    // 27 + 8 + 51.3
    assertThat(composite).isEqualTo(Rational.parse("86.3"));
  }

  @Test
  void weights_are_checked_at_every_inner_node() {
    Indicator root =
        Indicator.node(
            "root",
            "1",
            Indicator.node(
                "service", "0.5", Indicator.leaf("a", "0.5"), Indicator.leaf("b", "0.4")),
            Indicator.leaf("c", "0.5"));
    assertThatThrownBy(() -> IndicatorTree.of(root))
        .hasMessageContaining("SATISFACTION_WEIGHTS_NOT_ONE")
        .hasMessageContaining("service")
        .hasMessageContaining("0.9");
  }

  @Test
  void nested_leaf_weights_multiply_along_the_path() {
    IndicatorTree tree =
        IndicatorTree.of(
            Indicator.node(
                "root",
                "1",
                Indicator.node(
                    "service", "0.5", Indicator.leaf("a", "0.25"), Indicator.leaf("b", "0.75")),
                Indicator.leaf("c", "0.5")));
    assertThat(tree.leafWeights().get(ItemId.of("a"))).isEqualTo(Rational.of(1, 8));
    assertThat(tree.leafWeights().values().stream().reduce(Rational.ZERO, Rational::plus))
        .isEqualTo(Rational.ONE);
  }

  @Test
  void a_root_weight_other_than_one_and_repeated_codes_are_refused() {
    assertThatThrownBy(() -> IndicatorTree.of(Indicator.leaf("root", "0.5")))
        .hasMessageContaining("SATISFACTION_WEIGHTS_NOT_ONE");
    assertThatThrownBy(
            () ->
                IndicatorTree.of(
                    Indicator.node(
                        "root", "1", Indicator.leaf("a", "0.5"), Indicator.leaf("a", "0.5"))))
        .hasMessageContaining("SATISFACTION_ITEM_DUPLICATE");
  }

  @Test
  void missing_and_unknown_leaf_scores_are_all_reported() {
    assertThatThrownBy(
            () ->
                IndicatorTree.communityWorker()
                    .evaluate(
                        Map.of(
                            ItemId.of("street"), Rational.of(90),
                            ItemId.of("peers"), Rational.of(80),
                            ItemId.of("bogus"), Rational.of(1))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::code)
                    .containsExactlyInAnyOrder(
                        "SATISFACTION_INDICATOR_SCORE_MISSING", "SATISFACTION_ITEM_UNKNOWN"));
  }
}
