package org.sanshe.core.satisfaction.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.satisfaction.SatisfactionFixtures;

class QuestionnaireTest {

  private static final QuestionnaireId ID = QuestionnaireId.of("q");

  @Test
  void weights_that_do_not_sum_to_one_are_refused_exactly() {
    assertThatThrownBy(
            () ->
                Questionnaire.of(
                    ID,
                    List.of(
                        Item.of("A", Scale.FIVE_LEVEL).weighted("0.3333"),
                        Item.of("B", Scale.FIVE_LEVEL).weighted("0.3333"),
                        Item.of("C", Scale.FIVE_LEVEL).weighted("0.3333"))))
        .hasMessageContaining("SATISFACTION_WEIGHTS_NOT_ONE")
        .hasMessageContaining("0.9999");
  }

  @Test
  void equal_weights_give_the_remainder_to_the_first_items() {
    Questionnaire q = SatisfactionFixtures.threeFiveLevelItems();
    assertThat(q.items())
        .extracting(i -> i.weight().basisPoints())
        .containsExactly(3334, 3333, 3333);
  }

  @Test
  void empty_questionnaires_and_repeated_items_are_refused() {
    assertThatThrownBy(() -> Questionnaire.of(ID, List.of()))
        .hasMessageContaining("SATISFACTION_QUESTIONNAIRE_EMPTY");
    assertThatThrownBy(
            () ->
                Questionnaire.of(
                    ID,
                    List.of(
                        Item.of("A", Scale.FIVE_LEVEL).weighted("0.5"),
                        Item.of("A", Scale.FIVE_LEVEL).weighted("0.5"))))
        .hasMessageContaining("SATISFACTION_ITEM_DUPLICATE");
  }

  @Test
  void answers_are_placed_in_item_order_with_missing_optional_items() {
    Questionnaire q = SatisfactionFixtures.mixed();
    int[] levels =
        q.answers(
            Map.of(
                ItemId.of("overall"), 5,
                ItemId.of("complaints"), 1,
                ItemId.of("recommend"), 9,
                ItemId.of("competent"), 1));
    assertThat(levels).containsExactly(5, 1, 9, Questionnaire.MISSING, 1);
  }

  @Test
  void every_bad_answer_is_reported_with_its_own_code() {
    Questionnaire q = SatisfactionFixtures.mixed();
    assertThatThrownBy(
            () ->
                q.answers(
                    Map.of(
                        ItemId.of("overall"), 6,
                        ItemId.of("nonsense"), 1,
                        ItemId.of("recommend"), 9,
                        ItemId.of("competent"), 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::code)
                    .containsExactlyInAnyOrder(
                        "SATISFACTION_ITEM_UNKNOWN",
                        "SATISFACTION_ANSWER_OUT_OF_SCALE",
                        "SATISFACTION_ANSWER_REQUIRED"));
  }

  @Test
  void numbers_from_imports_refuse_nan_and_fractions() {
    Questionnaire q = SatisfactionFixtures.twoHalves();
    assertThatThrownBy(
            () -> q.answersFromNumbers(Map.of(ItemId.of("A"), Double.NaN, ItemId.of("B"), 2.5)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::code)
                    .containsExactlyInAnyOrder(
                        "SATISFACTION_ANSWER_NOT_A_NUMBER", "SATISFACTION_ANSWER_NOT_A_LEVEL"));
    assertThat(q.answersFromNumbers(Map.of(ItemId.of("A"), 4.0, ItemId.of("B"), 5.0)))
        .containsExactly(4, 5);
  }

  @Test
  void unknown_items_are_refused_by_position_lookup() {
    assertThatThrownBy(() -> SatisfactionFixtures.twoHalves().positionOf(ItemId.of("Z")))
        .hasMessageContaining("SATISFACTION_ITEM_UNKNOWN");
  }
}
