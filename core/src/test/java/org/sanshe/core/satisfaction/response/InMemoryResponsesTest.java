package org.sanshe.core.satisfaction.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.key;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.SatisfactionFixtures;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.response.memory.InMemoryResponses;

class InMemoryResponsesTest {

  private final Questionnaire questionnaire = SatisfactionFixtures.twoHalves();
  private final SubjectId wang = worker("wang");

  private Response response(int respondent, int a, int b) {
    return Response.ofLevels(
        questionnaire, key(respondent, wang), RespondentCategory.ORDINARY_RESIDENT, a, b);
  }

  @Test
  void a_respondent_cannot_answer_twice_for_the_same_subject_and_period_under_reject() {
    Responses responses = new InMemoryResponses(DuplicatePolicy.REJECT);
    responses.record(response(1, 5, 5));
    assertThatThrownBy(() -> responses.record(response(1, 1, 1)))
        .isInstanceOf(DuplicateResponseException.class)
        .hasMessageContaining("SATISFACTION_DUPLICATE_RESPONSE")
        .hasMessageContaining("SOCIAL_WORKER:wang")
        .hasMessageNotContaining(SatisfactionFixtures.respondent(1).hex());
    assertThat(responses.find(key(1, wang))).contains(response(1, 5, 5));
  }

  @Test
  void under_replace_the_latest_response_wins_and_the_event_names_the_replaced_one() {
    Responses responses = new InMemoryResponses(DuplicatePolicy.REPLACE);
    assertThat(responses.record(response(1, 5, 5)).replaced()).isEmpty();
    ResponseRecorded second = responses.record(response(1, 1, 2));
    assertThat(second.replaced()).contains(response(1, 5, 5));
    assertThat(responses.about(wang, key(1, wang).period())).containsExactly(response(1, 1, 2));
  }

  @Test
  void the_same_respondent_may_answer_for_another_subject_or_period() {
    Responses responses = new InMemoryResponses(DuplicatePolicy.REJECT);
    responses.record(response(1, 5, 5));
    responses.record(
        Response.ofLevels(
            questionnaire, key(1, worker("li")), RespondentCategory.ORDINARY_RESIDENT, 4, 4));
    responses.record(
        Response.ofLevels(
            questionnaire,
            new ResponseKey(SatisfactionFixtures.respondent(1), wang, Period.ofYear(2025)),
            RespondentCategory.ORDINARY_RESIDENT,
            3,
            3));
    assertThat(responses.inPeriod(Period.ofYear(2026))).hasSize(2);
  }

  @Test
  void the_policy_explains_its_decision() {
    assertThat(DuplicatePolicy.REJECT.decide(Optional.empty()))
        .isInstanceOf(DuplicateDecision.Accept.class);
    DuplicateDecision reject = DuplicatePolicy.REJECT.decide(Optional.of(response(1, 5, 5)));
    assertThat(reject).isInstanceOf(DuplicateDecision.Reject.class);
    assertThat(reject.explanation()).contains("one response per subject and period");
    assertThat(DuplicatePolicy.REPLACE.decide(Optional.of(response(1, 5, 5))))
        .isEqualTo(new DuplicateDecision.Replace(response(1, 5, 5)));
  }

  @Test
  void responses_are_checked_against_the_questionnaire() {
    assertThatThrownBy(() -> response(1, 5, 6))
        .hasMessageContaining("SATISFACTION_ANSWER_OUT_OF_SCALE");
    assertThatThrownBy(() -> response(1, 5, Questionnaire.MISSING))
        .hasMessageContaining("SATISFACTION_ANSWER_REQUIRED");
  }
}
