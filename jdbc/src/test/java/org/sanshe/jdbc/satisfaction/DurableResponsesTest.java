package org.sanshe.jdbc.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.response.DuplicatePolicy;
import org.sanshe.core.satisfaction.response.DuplicateResponseException;
import org.sanshe.core.satisfaction.response.Response;
import org.sanshe.core.satisfaction.response.ResponseRecorded;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.testkit.fixture.SurveyFixture;

/**
 * Survey responses on PostgreSQL with two servers and an outage: one respondent answering twice at
 * the same moment through two servers is recorded once (reject) or once replaced, with the replaced
 * answer reported, so that a tally fed from the results stays exact; a stopped database is a coded
 * unavailable error that records nothing.
 */
class DurableResponsesTest {

  private static final int ROUNDS = 12;
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

  private final SansheJdbc jdbc = JdbcResponsesContractTest.freshTables();
  private final SansheJdbc second =
      SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
          .tablePrefix(jdbc.tablePrefix())
          .build();

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  private static List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    Future<Object> fa = THREADS.submit(() -> attempt(start, a));
    Future<Object> fb = THREADS.submit(() -> attempt(start, b));
    return List.of(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
  }

  private static Object attempt(CyclicBarrier start, Callable<?> call) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      return call.call();
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void under_reject_two_servers_recording_one_respondent_at_once_keep_exactly_one()
      throws Exception {
    JdbcResponses one = JdbcResponses.open(jdbc, DuplicatePolicy.REJECT);
    JdbcResponses two = JdbcResponses.open(second, DuplicatePolicy.REJECT);
    for (int round = 0; round < ROUNDS; round++) {
      Response a = SurveyFixture.response(round, SurveyFixture.worker("wang"), 5, 5, 5);
      Response b = SurveyFixture.response(round, SurveyFixture.worker("wang"), 1, 1, 1);
      List<Object> results = race(() -> one.record(a), () -> two.record(b));
      List<Object> failures = new ArrayList<>();
      ResponseRecorded won = null;
      for (Object r : results) {
        if (r instanceof ResponseRecorded rr) {
          won = rr;
        } else {
          failures.add(r);
        }
      }
      assertThat(failures).as("results %s", results).hasSize(1);
      assertThat(failures.get(0))
          .isInstanceOfSatisfying(
              DuplicateResponseException.class,
              e ->
                  assertThat(e.errorCode())
                      .isEqualTo(SatisfactionError.SATISFACTION_DUPLICATE_RESPONSE));
      assertThat(won.replaced()).isEmpty();
      assertThat(one.find(a.key())).contains(won.response());
    }
    assertThat(two.about(SurveyFixture.worker("wang"), SurveyFixture.YEAR)).hasSize(ROUNDS);
  }

  @Test
  void under_replace_two_servers_recording_one_respondent_at_once_report_what_they_replaced()
      throws Exception {
    JdbcResponses one = JdbcResponses.open(jdbc, DuplicatePolicy.REPLACE);
    JdbcResponses two = JdbcResponses.open(second, DuplicatePolicy.REPLACE);
    for (int round = 0; round < ROUNDS; round++) {
      Response a = SurveyFixture.response(round, SurveyFixture.worker("li"), 5, 5, 5);
      Response b = SurveyFixture.response(round, SurveyFixture.worker("li"), 1, 1, 1);
      List<Object> results = race(() -> one.record(a), () -> two.record(b));
      assertThat(results).allMatch(r -> r instanceof ResponseRecorded);
      ResponseRecorded ra = (ResponseRecorded) results.get(0);
      ResponseRecorded rb = (ResponseRecorded) results.get(1);
      // the one recorded first replaced nothing; the other replaced exactly that one
      Optional<Response> stored = one.find(a.key());
      assertThat(stored).isPresent();
      ResponseRecorded first = stored.get().equals(a) ? rb : ra;
      ResponseRecorded last = stored.get().equals(a) ? ra : rb;
      assertThat(first.replaced()).isEmpty();
      assertThat(last.replaced()).contains(first.response());
    }
  }

  @Test
  void a_reader_on_another_server_never_sees_a_torn_response_while_it_is_replaced()
      throws Exception {
    JdbcResponses one = JdbcResponses.open(jdbc, DuplicatePolicy.REPLACE);
    JdbcResponses two = JdbcResponses.open(second, DuplicatePolicy.REPLACE);
    java.util.Set<Response> recorded = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Response first = version(0);
    one.record(first);
    recorded.add(first);
    Future<List<Response>> reads =
        THREADS.submit(
            () -> {
              List<Response> seen = new ArrayList<>();
              while (writing.get()) {
                seen.add(two.find(first.key()).orElseThrow());
                seen.addAll(two.about(first.subject(), first.period()));
                seen.addAll(two.inPeriod(first.period()));
              }
              return seen;
            });
    for (int k = 1; k < 100; k++) {
      Response r = version(k);
      recorded.add(r); // before it can be read
      one.record(r);
    }
    writing.set(false);
    List<Response> seen = reads.get(60, TimeUnit.SECONDS);
    assertThat(seen).isNotEmpty();
    assertThat(recorded).containsAll(seen);
  }

  /** The k-th answer of one respondent: its category and its levels (base-5 digits of k) differ. */
  private static Response version(int k) {
    return Response.ofLevels(
        SurveyFixture.questionnaire(),
        new org.sanshe.core.satisfaction.response.ResponseKey(
            org.sanshe.testkit.generator.SeededGenerator.respondent(99),
            SurveyFixture.worker("zhou"),
            SurveyFixture.YEAR),
        org.sanshe.core.satisfaction.response.RespondentCategory.values()[k % 3],
        1 + k % 5,
        1 + (k / 5) % 5,
        1 + (k / 25) % 5);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_records_nothing() {
    JdbcResponses store = JdbcResponses.open(jdbc, DuplicatePolicy.REJECT);
    Response r = SurveyFixture.response(1, SurveyFixture.worker("zhao"), 4, 4, 4);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.record(r))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    assertThat(store.find(r.key())).isEmpty();
    store.record(r);
    assertThat(JdbcResponses.open(second, DuplicatePolicy.REJECT).find(r.key())).contains(r);
  }
}
