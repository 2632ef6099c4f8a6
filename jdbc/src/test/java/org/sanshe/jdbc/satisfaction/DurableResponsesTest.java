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
