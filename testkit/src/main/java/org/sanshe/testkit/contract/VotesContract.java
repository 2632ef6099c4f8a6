package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;
import org.sanshe.deliberation.ownersvote.BallotCount;
import org.sanshe.deliberation.ownersvote.Elector;
import org.sanshe.deliberation.ownersvote.Electorate;
import org.sanshe.deliberation.ownersvote.FloorArea;
import org.sanshe.deliberation.ownersvote.Option;
import org.sanshe.deliberation.ownersvote.Vote;
import org.sanshe.deliberation.ownersvote.VoteId;
import org.sanshe.deliberation.ownersvote.VoteSnapshot;
import org.sanshe.deliberation.ownersvote.VoteTally;
import org.sanshe.deliberation.ownersvote.VoterId;
import org.sanshe.deliberation.ownersvote.Votes;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.deliberation.ownersvote.VotingWindow;

/**
 * The contract of the {@link Votes} port. Extend it with a fresh, empty store per test and a way to
 * open a second instance over the same data (a restarted process, or a second server); every test
 * here must pass.
 *
 * <p>What it holds a store to: a vote reads back equal (roster, areas, options, window, register,
 * counters); {@code add} stores version 1 and refuses a taken id; {@code update} succeeds only at
 * the stored version, stores the next one and records the ballots the instance took without losing
 * ballots cast meanwhile, and a refused update changes nothing; {@code find} hands out a fresh
 * instance per call; a cast records one ballot at once without changing the version, refuses a
 * second ballot by the same voter and every ballot the vote refuses, and honours an expected
 * version; and two store instances used by many threads at once lose no ballot and never accept a
 * voter twice, and of two updates from the same version exactly one succeeds.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class VotesContract {

  /** When the contract's votes open. */
  protected static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

  /** When they close. */
  protected static final Instant CLOSES = Instant.parse("2026-03-08T00:00:00Z");

  /** An instant inside the window. */
  protected static final Instant DURING = OPENS.plusSeconds(3600);

  private static final VotingWindow WEEK = VotingWindow.of(OPENS, CLOSES);

  /** Creates the contract. */
  protected VotesContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Votes newVotes();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param votes a store from {@link #newVotes()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Votes reopen(Votes votes);

  private static VoterId owner(int i) {
    return VoterId.of("owner-" + i);
  }

  /** Owners 1..n with areas of 60 m² plus i × 0.37 m², exact. */
  private static Electorate owners(int n) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      electors.add(Elector.of(owner(i), FloorArea.ofSquareCentimetres(600_000L + i * 3_700L)));
    }
    return Electorate.of(electors);
  }

  private static Vote motion(String id, int owners) {
    return Vote.open(
        VoteId.of(id),
        "Install a lift in building 3",
        owners(owners),
        List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
        WEEK,
        OPENS);
  }

  private static AffairsError code(Throwable t) {
    return ((AffairsException) t).affairsError();
  }

  private static VoteSnapshot stored(Votes votes, String id) {
    return votes.find(VoteId.of(id)).orElseThrow().snapshot();
  }

  @Test
  void a_vote_reads_back_equal_at_version_1() {
    Votes votes = newVotes();
    Vote vote = motion("v-1", 7);
    votes.add(vote);
    VoteSnapshot expected = vote.snapshot();
    VoteSnapshot found = stored(votes, "v-1");
    assertThat(found.version()).isEqualTo(1);
    assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(expected);
    assertThat(stored(reopen(votes), "v-1")).isEqualTo(found);
    assertThat(votes.find(VoteId.of("v-2"))).isEmpty();
  }

  @Test
  void a_new_vote_with_ballots_is_stored_with_them() {
    Votes votes = newVotes();
    Vote vote = motion("v-1", 5);
    vote.cast(owner(2), Option.AGAINST, DURING);
    votes.add(vote);
    VoteSnapshot found = stored(votes, "v-1");
    assertThat(found.register()).containsExactly(owner(2));
    assertThat(found.counts().get(1).ballots()).isEqualTo(1);
  }

  @Test
  void a_taken_id_is_refused_and_the_stored_vote_is_unchanged() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 3));
    VoteSnapshot before = stored(votes, "v-1");
    assertThatThrownBy(() -> votes.add(motion("v-1", 5)))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_ID_INVALID));
    assertThat(stored(votes, "v-1")).isEqualTo(before);
  }

  @Test
  void find_hands_out_a_fresh_instance_each_time() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 3));
    Vote one = votes.find(VoteId.of("v-1")).orElseThrow();
    Vote two = votes.find(VoteId.of("v-1")).orElseThrow();
    assertThat(one).isNotSameAs(two);
    one.cast(owner(1), Option.FOR, DURING);
    assertThat(two.hasVoted(owner(1))).isFalse();
    assertThat(stored(votes, "v-1").register()).isEmpty();
  }

  @Test
  void an_update_stores_the_next_version_and_the_ballots_the_instance_took() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 4));
    Vote found = votes.find(VoteId.of("v-1")).orElseThrow();
    found.cast(owner(1), Option.FOR, DURING);
    found.cast(owner(4), Option.AGAINST, DURING);
    votes.update(found);
    VoteSnapshot after = stored(votes, "v-1");
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.register()).containsExactlyInAnyOrder(owner(1), owner(4));
    assertThat(after.counts()).extracting(BallotCount::ballots).containsExactly(1L, 1L, 0L);
    assertThat(after.counts().get(1).area()).isEqualTo(FloorArea.parse("61.48"));
  }

  @Test
  void a_stale_update_is_refused_and_changes_nothing() {
    Votes votes = newVotes();
    Vote vote = motion("v-1", 4);
    votes.add(vote);
    Vote first = votes.find(VoteId.of("v-1")).orElseThrow();
    Vote second = votes.find(VoteId.of("v-1")).orElseThrow();
    votes.update(first);
    second.cast(owner(2), Option.FOR, DURING);
    VoteSnapshot before = stored(votes, "v-1");
    assertThatThrownBy(() -> votes.update(second))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThat(stored(votes, "v-1")).isEqualTo(before);
    // the instance given to add is spent: its version is stale
    assertThatThrownBy(() -> votes.update(vote))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.AFFAIRS_VERSION_CONFLICT));
    assertThat(stored(votes, "v-1")).isEqualTo(before);
  }

  @Test
  void an_update_never_loses_a_ballot_cast_meanwhile_and_refuses_a_voter_twice() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 4));
    Vote found = votes.find(VoteId.of("v-1")).orElseThrow();
    votes.cast(VoteId.of("v-1"), owner(2), Option.AGAINST, DURING, Votes.ANY_VERSION);
    found.cast(owner(1), Option.FOR, DURING);
    votes.update(found);
    VoteSnapshot after = stored(votes, "v-1");
    assertThat(after.register()).containsExactlyInAnyOrder(owner(1), owner(2));
    assertThat(after.counts()).extracting(BallotCount::ballots).containsExactly(1L, 1L, 0L);

    Vote again = votes.find(VoteId.of("v-1")).orElseThrow();
    again.cast(owner(3), Option.FOR, DURING);
    again.cast(owner(4), Option.ABSTAIN, DURING);
    votes.cast(VoteId.of("v-1"), owner(4), Option.AGAINST, DURING, Votes.ANY_VERSION);
    VoteSnapshot before = stored(votes, "v-1");
    assertThatThrownBy(() -> votes.update(again))
        .satisfies(e -> assertThat(code(e)).isEqualTo(AffairsError.VOTE_DUPLICATE_VOTER));
    assertThat(stored(votes, "v-1")).isEqualTo(before);
  }

  @Test
  void a_cast_records_one_ballot_without_changing_the_version() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 3));
    VoteId id = VoteId.of("v-1");
    assertThat(votes.cast(id, owner(3), Option.FOR, DURING, 1).turnout()).isEqualTo(1);
    assertThat(votes.cast(id, owner(1), Option.FOR, DURING, Votes.ANY_VERSION).turnout())
        .isEqualTo(2);
    VoteSnapshot after = stored(reopen(votes), "v-1");
    assertThat(after.version()).isEqualTo(1);
    assertThat(after.register()).containsExactlyInAnyOrder(owner(1), owner(3));
    assertThat(after.counts().get(0))
        .isEqualTo(new BallotCount(Option.FOR, 2, FloorArea.parse("121.48")));
    VoteTally tally = Vote.restore(after).tally(CLOSES);
    assertThat(tally.heads(Option.FOR)).isEqualTo(2);
    assertThat(tally.participatingArea()).isEqualTo(1_214_800L);
  }

  @Test
  void refused_casts_change_nothing() {
    Votes votes = newVotes();
    votes.add(motion("v-1", 3));
    VoteId id = VoteId.of("v-1");
    votes.cast(id, owner(1), Option.FOR, DURING, Votes.ANY_VERSION);
    VoteSnapshot before = stored(votes, "v-1");
    assertRefused(
        () -> votes.cast(id, owner(1), Option.AGAINST, DURING, Votes.ANY_VERSION),
        AffairsError.VOTE_DUPLICATE_VOTER);
    assertRefused(
        () -> votes.cast(id, owner(9), Option.AGAINST, DURING, Votes.ANY_VERSION),
        AffairsError.VOTE_VOTER_INELIGIBLE);
    assertRefused(
        () -> votes.cast(id, owner(2), Option.of("MAYBE"), DURING, Votes.ANY_VERSION),
        AffairsError.VOTE_OPTION_UNKNOWN);
    assertRefused(
        () -> votes.cast(id, owner(2), Option.FOR, CLOSES, Votes.ANY_VERSION),
        AffairsError.VOTE_OUTSIDE_WINDOW);
    assertRefused(
        () -> votes.cast(id, owner(2), Option.FOR, DURING, 7),
        AffairsError.AFFAIRS_VERSION_CONFLICT);
    assertRefused(
        () -> votes.cast(VoteId.of("none"), owner(2), Option.FOR, DURING, Votes.ANY_VERSION),
        AffairsError.VOTE_UNKNOWN);
    assertRefused(() -> votes.update(motion("none", 3)), AffairsError.VOTE_UNKNOWN);
    assertThat(stored(votes, "v-1")).isEqualTo(before);
    assertThat(stored(reopen(votes), "v-1")).isEqualTo(before);
  }

  private static void assertRefused(Runnable command, AffairsError expected) {
    assertThatThrownBy(command::run)
        .isInstanceOf(AffairsException.class)
        .satisfies(e -> assertThat(code(e)).isEqualTo(expected));
  }

  @Test
  void two_stores_casting_from_many_threads_lose_no_ballot_and_accept_no_voter_twice()
      throws Exception {
    int voters = 600;
    int threads = 8;
    Votes first = newVotes();
    Votes second = reopen(first);
    Clock clock = Clock.fixed(DURING, ZoneOffset.UTC);
    VotingDesk[] desks = {
      new VotingDesk(first, clock, IdSource.sequential("a")),
      new VotingDesk(second, clock, IdSource.sequential("b"))
    };
    first.add(motion("v-1", voters));
    VoteId id = VoteId.of("v-1");
    List<Option> options = List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  // every voter is tried twice, once through each store, by different threads
                  for (int i = 1; i <= voters; i++) {
                    if (i % (threads / 2) != thread % (threads / 2)) {
                      continue;
                    }
                    try {
                      desks[thread % 2].cast(id, owner(i), options.get(i % 3));
                      accepted.incrementAndGet();
                    } catch (AffairsException e) {
                      if (e.affairsError() == AffairsError.VOTE_DUPLICATE_VOTER) {
                        refused.incrementAndGet();
                      } else {
                        unexpected.add(e);
                      }
                    } catch (RuntimeException e) {
                      unexpected.add(e);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(unexpected).isEmpty();
    assertThat(accepted.get()).isEqualTo(voters);
    assertThat(refused.get()).isEqualTo(voters);
    VoteSnapshot after = stored(reopen(first), "v-1");
    assertThat(after.version()).isEqualTo(1);
    assertThat(after.register()).hasSize(voters);
    VoteTally tally = Vote.restore(after).tally(CLOSES);
    assertThat(tally.participatingHeads()).isEqualTo(voters);
    long[] expectedHeads = new long[3];
    long[] expectedArea = new long[3];
    for (int i = 1; i <= voters; i++) {
      expectedHeads[i % 3]++;
      expectedArea[i % 3] += 600_000L + i * 3_700L;
    }
    for (int o = 0; o < 3; o++) {
      assertThat(tally.heads(options.get(o))).isEqualTo(expectedHeads[o]);
      assertThat(tally.area(options.get(o))).isEqualTo(expectedArea[o]);
    }
  }

  @Test
  void of_two_updates_from_the_same_version_exactly_one_succeeds() throws Exception {
    Votes first = newVotes();
    Votes second = reopen(first);
    first.add(motion("v-1", 4));
    for (int round = 0; round < 10; round++) {
      Vote a = first.find(VoteId.of("v-1")).orElseThrow();
      Vote b = second.find(VoteId.of("v-1")).orElseThrow();
      long version = a.version();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Boolean> fa = pool.submit(() -> tryUpdate(first, a, start));
        Future<Boolean> fb = pool.submit(() -> tryUpdate(second, b, start));
        start.countDown();
        assertThat(List.of(fa.get(1, TimeUnit.MINUTES), fb.get(1, TimeUnit.MINUTES)))
            .containsExactlyInAnyOrder(true, false);
      } finally {
        pool.shutdownNow();
      }
      assertThat(stored(first, "v-1").version()).isEqualTo(version + 1);
    }
  }

  private static boolean tryUpdate(Votes votes, Vote vote, CountDownLatch start)
      throws InterruptedException {
    start.await();
    try {
      votes.update(vote);
      return true;
    } catch (AffairsException e) {
      if (e.affairsError() != AffairsError.AFFAIRS_VERSION_CONFLICT) {
        throw e;
      }
      return false;
    }
  }
}
