package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.contest.ContestId;
import org.sanshe.deliberation.contest.ContestRules;
import org.sanshe.deliberation.contest.ContestSnapshot;
import org.sanshe.deliberation.contest.Contests;
import org.sanshe.deliberation.contest.EntryId;
import org.sanshe.deliberation.contest.JudgeId;
import org.sanshe.deliberation.contest.ProposalContest;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The contract of the {@link Contests} port. Extend it with a fresh, empty store per test and a way
 * to open a second instance over the same data (a restarted process, or a second server); every
 * test here must pass.
 *
 * <p>What it holds a store to: a contest reads back equal (title, rules, entries and judges in
 * order, exact weights, scores, public votes); {@code add} stores version 1 and refuses a taken id;
 * {@code update} succeeds only at the stored version and stores the next one, a refused update
 * changes nothing; {@code find} hands out a fresh instance per call; and of two updates from the
 * same version made at once through two store instances exactly one succeeds.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class ContestsContract {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");
  private static final EntryId GARDEN = EntryId.of("garden");
  private static final EntryId BENCHES = EntryId.of("benches");
  private static final JudgeId EXPERT = JudgeId.of("expert");
  private static final JudgeId RESIDENT = JudgeId.of("resident");

  /** Creates the contract. */
  protected ContestsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Contests newContests();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param contests a store from {@link #newContests()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Contests reopen(Contests contests);

  private static ProposalContest contest(String id) {
    return ProposalContest.create(
            ContestId.of(id), "金点子 2026", ContestRules.of(Fraction.of(2, 3), 100), T)
        .enter(GARDEN, T)
        .enter(BENCHES, T)
        .appoint(RESIDENT, Fraction.of(1, 3), T)
        .appoint(EXPERT, Fraction.of(2), T)
        .score(EXPERT, BENCHES, 70, T)
        .score(RESIDENT, GARDEN, 95, T)
        .publicVotes(BENCHES, 120, T);
  }

  private static ContestSnapshot stored(Contests contests, String id) {
    return contests.find(ContestId.of(id)).orElseThrow().snapshot();
  }

  private static AffairsError code(Throwable t) {
    return ((AffairsException) t).affairsError();
  }

  @Test
  void a_contest_reads_back_equal_at_version_1() {
    Contests contests = newContests();
    ProposalContest c = contest("c-1");
    contests.add(c);
    ContestSnapshot found = stored(contests, "c-1");
    assertThat(found.version()).isEqualTo(1);
    assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(c.snapshot());
    assertThat(stored(reopen(contests), "c-1")).isEqualTo(found);
    assertThat(contests.find(ContestId.of("c-2"))).isEmpty();
  }

  @Test
  void a_taken_id_is_refused_and_nothing_changes() {
    Contests contests = newContests();
    contests.add(contest("c-1"));
    ContestSnapshot before = stored(contests, "c-1");
    assertThatThrownBy(
            () ->
                contests.add(
                    ProposalContest.create(
                        ContestId.of("c-1"), "other", ContestRules.standard(), T)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThat(stored(contests, "c-1")).isEqualTo(before);
  }

  @Test
  void updates_move_the_version_and_a_stale_update_changes_nothing() {
    Contests contests = newContests();
    ProposalContest added = contest("c-1");
    contests.add(added);
    ProposalContest first = contests.find(ContestId.of("c-1")).orElseThrow();
    ProposalContest second = contests.find(ContestId.of("c-1")).orElseThrow();
    assertThat(first).isNotSameAs(second);
    first.score(EXPERT, GARDEN, 88, T).publicVotes(GARDEN, 7, T);
    contests.update(first);
    ContestSnapshot after = stored(contests, "c-1");
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.scores()).contains(new ContestSnapshot.Score(EXPERT, GARDEN, 88)).hasSize(3);
    assertThat(after.publicVotes())
        .containsExactly(
            new ContestSnapshot.EntryVotes(GARDEN, 7),
            new ContestSnapshot.EntryVotes(BENCHES, 120));
    assertThat(second.snapshot().scores()).hasSize(2);

    second.score(EXPERT, GARDEN, 10, T);
    assertThatThrownBy(() -> contests.update(second))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThatThrownBy(() -> contests.update(added))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThatThrownBy(() -> contests.update(first))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThat(stored(reopen(contests), "c-1")).isEqualTo(after);
    assertThatThrownBy(() -> contests.update(contest("none")))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.CONTEST_NOT_FOUND));
  }

  @Test
  void the_ranking_of_a_stored_contest_is_the_same() {
    Contests contests = newContests();
    ProposalContest c = contest("c-1").score(EXPERT, GARDEN, 60, T).score(RESIDENT, BENCHES, 90, T);
    contests.add(c);
    assertThat(reopen(contests).find(ContestId.of("c-1")).orElseThrow().ranking())
        .isEqualTo(c.ranking());
  }

  @Test
  void of_two_updates_from_the_same_version_exactly_one_succeeds() throws Exception {
    Contests first = newContests();
    Contests second = reopen(first);
    first.add(contest("c-1"));
    for (int r = 0; r < 10; r++) {
      int round = r;
      ProposalContest a = first.find(ContestId.of("c-1")).orElseThrow();
      ProposalContest b = second.find(ContestId.of("c-1")).orElseThrow();
      a.publicVotes(GARDEN, round, T);
      b.publicVotes(GARDEN, 1000 + round, T);
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Long>> results = new ArrayList<>();
      try {
        results.add(pool.submit(() -> tryUpdate(first, a, start, round)));
        results.add(pool.submit(() -> tryUpdate(second, b, start, 1000 + round)));
        start.countDown();
        List<Long> outcomes = new ArrayList<>();
        for (Future<Long> f : results) {
          outcomes.add(f.get(1, TimeUnit.MINUTES));
        }
        assertThat(outcomes.stream().filter(x -> x >= 0)).hasSize(1);
        long winner = outcomes.stream().filter(x -> x >= 0).findFirst().orElseThrow();
        ContestSnapshot after = stored(first, "c-1");
        assertThat(after.version()).isEqualTo(a.version() + 1);
        assertThat(after.publicVotes().get(0).votes()).isEqualTo(winner);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static long tryUpdate(
      Contests contests, ProposalContest c, CountDownLatch start, long votes)
      throws InterruptedException {
    start.await();
    try {
      contests.update(c);
      return votes;
    } catch (AffairsException e) {
      if (e.affairsError() != AffairsError.AFFAIRS_VERSION_CONFLICT) {
        throw e;
      }
      return -1;
    }
  }
}
