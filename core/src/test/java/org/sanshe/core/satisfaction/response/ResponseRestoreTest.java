package org.sanshe.core.satisfaction.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.Questionnaire;

/** A store reads a response back without its questionnaire: equal, copied, and shape-checked. */
class ResponseRestoreTest {

  private final Questionnaire questionnaire = SatisfactionFixtures.twoHalves();

  @Test
  void a_restored_response_equals_the_one_made_and_owns_its_levels() {
    Response made =
        Response.ofLevels(questionnaire, key(1, worker("wang")), RespondentCategory.CADRE, 4, 5);
    int[] levels = made.levels();
    Response restored = Response.restore(made.key(), made.category(), made.questionnaire(), levels);
    levels[0] = 1;
    assertThat(restored).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(restored.levels()).containsExactly(4, 5);
  }

  @Test
  void unanswered_levels_are_kept_and_impossible_ones_are_refused() {
    assertThat(
            Response.restore(
                    key(1, worker("wang")),
                    RespondentCategory.ORDINARY_RESIDENT,
                    questionnaire.id(),
                    new int[] {Questionnaire.MISSING, 0, Response.MAX_STORED_LEVEL})
                .levels())
        .containsExactly(Questionnaire.MISSING, 0, Response.MAX_STORED_LEVEL);
    for (int[] bad :
        new int[][] {{}, {-2}, {Response.MAX_STORED_LEVEL + 1}, {3, Integer.MIN_VALUE}}) {
      assertThatThrownBy(
              () ->
                  Response.restore(
                      key(1, worker("wang")),
                      RespondentCategory.ORDINARY_RESIDENT,
                      questionnaire.id(),
                      bad))
          .isInstanceOfSatisfying(
              SatisfactionException.class,
              e ->
                  assertThat(e.errorCode())
                      .isEqualTo(SatisfactionError.SATISFACTION_PARAMETER_OUT_OF_RANGE));
    }
  }
}
