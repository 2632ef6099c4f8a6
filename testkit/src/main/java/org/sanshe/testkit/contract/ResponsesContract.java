package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.instrument.Item;
import org.sanshe.core.satisfaction.instrument.Questionnaire;
import org.sanshe.core.satisfaction.instrument.QuestionnaireId;
import org.sanshe.core.satisfaction.instrument.Scale;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.DuplicateResponseException;
import org.sanshe.core.satisfaction.response.Period;
import org.sanshe.core.satisfaction.response.RespondentCategory;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseKey;
import org.sanshe.core.satisfaction.response.ResponseRecorded;
import org.sanshe.core.satisfaction.response.Responses;
import org.sanshe.core.satisfaction.response.SubjectId;
import org.sanshe.testkit.fixture.SurveyFixture;
import org.sanshe.testkit.generator.SeededGenerator;

/**
 * The contract of the {@link Responses} port. Extend it with a fresh, empty store per test under a
 * duplicate policy and a way to reopen a store over the same data; every test here must pass.
 *
 * <p>What it holds a store to: a recorded response reads back equal by key, by subject and period
 * and by period (levels in item order, unanswered items kept as {@link Questionnaire#MISSING}),
 * also after a reopen; one response per respondent, subject and period: under {@link
 * DuplicatePolicy#REJECT} a second is refused with {@code SATISFACTION_DUPLICATE_RESPONSE} and
 * changes nothing, under {@link DuplicatePolicy#REPLACE} it replaces the first and reports it; the
 * reads of a subject or period see nothing of other subjects or periods (seeded random surveys,
 * seed printed).
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ResponsesContract {

  private static final SubjectId WANG = SurveyFixture.worker("wang");
  private static final SubjectId LI = SurveyFixture.worker("li");
  private static final Period YEAR = SurveyFixture.YEAR;

  /** Creates the contract. */
  protected ResponsesContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @param policy the duplicate policy, not null
   * @return the store
   */
  protected abstract Responses newStore(DuplicatePolicy policy);

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param store a store from {@link #newStore(DuplicatePolicy)}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Responses reopen(Responses store);

  /**
   * Returns a new, empty store that writes a {@link ResponseRecorded} event per recorded response
   * to a new, empty outbox, stamped by the clock given.
   *
   * @param policy the duplicate policy, not null
   * @param clock the clock stamping the events, not null
   * @return the store and the outbox
   */
  protected abstract WithOutbox<Responses> newStoreWithOutbox(DuplicatePolicy policy, Clock clock);

  @Test
  void a_recorded_response_writes_one_event_per_version_and_a_refused_one_writes_none() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    WithOutbox<Responses> rejecting = newStoreWithOutbox(DuplicatePolicy.REJECT, clock);
    Response first = response(1, WANG, YEAR, 5, 4, 2);
    rejecting.store().record(first);
    assertThatThrownBy(() -> rejecting.store().record(response(1, WANG, YEAR, 1, 1, 1)))
        .isInstanceOf(DuplicateResponseException.class);
    List<OutboxEntry> entries = rejecting.outbox().read("relay", 10);
    assertThat(entries)
        .extracting(OutboxEntry::eventId)
        .containsExactly("response:" + first.key().id() + ":1:0");
    assertThat(entries.get(0).eventType()).isEqualTo("ResponseRecorded");
    assertThat(entries.get(0).occurredAt()).isEqualTo(clock.instant());
    assertThat(first.key().id()).hasSize(64).doesNotContain(first.respondent().hex());
    WithOutbox<Responses> replacing = newStoreWithOutbox(DuplicatePolicy.REPLACE, clock);
    replacing.store().record(first);
    replacing.store().record(response(1, WANG, YEAR, 1, 1, 1));
    replacing.store().record(response(2, WANG, YEAR, 3, 3, 3));
    assertThat(replacing.outbox().read("relay", 10))
        .extracting(OutboxEntry::aggregateVersion)
        .containsExactly(1L, 2L, 1L);
  }

  private static Response response(
      int respondent, SubjectId subject, Period period, int... levels) {
    return Response.ofLevels(
        SurveyFixture.questionnaire(),
        new ResponseKey(SeededGenerator.respondent(respondent), subject, period),
        RespondentCategory.values()[respondent % 3],
        levels);
  }

  @Test
  void a_recorded_response_reads_back_equal_by_key_subject_and_period() {
    Responses store = newStore(DuplicatePolicy.REJECT);
    Response r = response(1, WANG, YEAR, 5, 4, 2);
    ResponseRecorded recorded = store.record(r);
    assertThat(recorded.response()).isEqualTo(r);
    assertThat(recorded.replaced()).isEmpty();
    Responses again = reopen(store);
    assertThat(again.find(r.key())).contains(r);
    assertThat(again.about(WANG, YEAR)).containsExactly(r);
    assertThat(again.inPeriod(YEAR)).containsExactly(r);
    assertThat(again.about(LI, YEAR)).isEmpty();
    assertThat(again.inPeriod(Period.parse("2025"))).isEmpty();
    assertThat(again.find(new ResponseKey(SeededGenerator.respondent(2), WANG, YEAR))).isEmpty();
  }

  @Test
  void unanswered_items_read_back_as_missing() {
    Questionnaire optional =
        Questionnaire.of(
            QuestionnaireId.of("optional-items"),
            List.of(
                Item.of("attitude", Scale.FIVE_LEVEL).weighted("0.5"),
                Item.of("delays", Scale.FIVE_LEVEL).weighted("0.5").optionalItem()));
    Response r =
        Response.ofLevels(
            optional,
            new ResponseKey(SeededGenerator.respondent(7), LI, YEAR),
            RespondentCategory.CADRE,
            4,
            Questionnaire.MISSING);
    Responses store = newStore(DuplicatePolicy.REJECT);
    store.record(r);
    Response read = reopen(store).find(r.key()).orElseThrow();
    assertThat(read).isEqualTo(r);
    assertThat(read.levels()).containsExactly(4, Questionnaire.MISSING);
    assertThat(read.questionnaire()).isEqualTo(QuestionnaireId.of("optional-items"));
    assertThat(read.category()).isEqualTo(RespondentCategory.CADRE);
  }

  @Test
  void under_reject_a_second_response_is_refused_and_changes_nothing() {
    Responses store = newStore(DuplicatePolicy.REJECT);
    Response first = response(1, WANG, YEAR, 5, 4, 2);
    store.record(first);
    assertThatThrownBy(() -> store.record(response(1, WANG, YEAR, 1, 1, 1)))
        .isInstanceOf(DuplicateResponseException.class)
        .satisfies(
            e ->
                assertThat(((DuplicateResponseException) e).errorCode())
                    .isEqualTo(SatisfactionError.SATISFACTION_DUPLICATE_RESPONSE));
    assertThat(reopen(store).find(first.key())).contains(first);
    assertThat(reopen(store).about(WANG, YEAR)).containsExactly(first);
  }

  @Test
  void under_replace_the_latest_response_stands_and_reports_the_one_it_replaced() {
    Responses store = newStore(DuplicatePolicy.REPLACE);
    Response first = response(1, WANG, YEAR, 5, 4, 2);
    Response second = response(1, WANG, YEAR, 1, 2, 3);
    store.record(first);
    ResponseRecorded recorded = reopen(store).record(second);
    assertThat(recorded.replaced()).contains(first);
    assertThat(reopen(store).find(first.key())).contains(second);
    assertThat(reopen(store).inPeriod(YEAR)).containsExactly(second);
  }

  @Test
  void random_surveys_read_back_per_subject_and_period() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("ResponsesContract random surveys, seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Responses store = newStore(DuplicatePolicy.REPLACE);
    List<SubjectId> subjects = List.of(WANG, LI, SurveyFixture.worker("zhao"));
    List<Period> periods = List.of(YEAR, Period.parse("2026-H1"), Period.parse("2025"));
    Map<ResponseKey, Response> expected = new HashMap<>();
    for (int i = 0; i < 150; i++) {
      int[] levels = new int[3];
      for (int k = 0; k < 3; k++) {
        levels[k] = 1 + random.nextInt(5);
      }
      Response r =
          response(
              random.nextInt(20),
              subjects.get(random.nextInt(3)),
              periods.get(random.nextInt(3)),
              levels);
      store.record(r);
      expected.put(r.key(), r);
    }
    Responses again = reopen(store);
    for (SubjectId s : subjects) {
      for (Period p : periods) {
        List<Response> want = new ArrayList<>();
        for (Response r : expected.values()) {
          if (r.subject().equals(s) && r.period().equals(p)) {
            want.add(r);
          }
        }
        assertThat(again.about(s, p)).as("seed " + seed).containsExactlyInAnyOrderElementsOf(want);
      }
    }
    for (Period p : periods) {
      assertThat(again.inPeriod(p))
          .as("seed " + seed)
          .containsExactlyInAnyOrderElementsOf(
              expected.values().stream().filter(r -> r.period().equals(p)).toList());
    }
  }
}
