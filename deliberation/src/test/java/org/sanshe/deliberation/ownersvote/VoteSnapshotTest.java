package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.DURING;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.WEEK;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.owner;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/** A vote's snapshot carries its whole state, keeps register and counters apart, and is checked. */
class VoteSnapshotTest {

  private final Electorate owners = VoteFixtures.owners("80", "100", "120", "95.5");

  private Vote castVote() {
    Vote vote = Vote.motion(VoteId.of("v-1"), "Repaint the corridors", owners, WEEK);
    vote.cast(owner(1), Option.FOR, DURING);
    vote.cast(owner(3), Option.AGAINST, DURING);
    vote.cast(owner(4), Option.FOR, DURING);
    return vote;
  }

  @Test
  void restoring_a_snapshot_gives_a_vote_that_behaves_alike() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 200; run++) {
      int n = 1 + random.nextInt(30);
      List<Elector> electors = new ArrayList<>();
      boolean byArea = random.nextBoolean();
      for (int i = 0; i < n; i++) {
        electors.add(
            byArea
                ? Elector.of(owner(i), FloorArea.ofSquareCentimetres(1 + random.nextInt(2_000_000)))
                : Elector.of(owner(i)));
      }
      Electorate electorate = Electorate.of(electors);
      Vote original = Vote.motion(VoteId.of("v" + run), "motion", electorate, WEEK);
      Vote twin = null;
      List<Option> options = original.options();
      for (int i = 0; i < n; i++) {
        if (twin == null && random.nextInt(4) == 0) {
          twin = Vote.restore(original.snapshot());
          assertThat(twin.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
          assertThat(twin.unsavedBallots().isEmpty()).isTrue();
          assertThat(twin.pendingEvents()).isEmpty();
        }
        if (random.nextBoolean()) {
          Option choice = options.get(random.nextInt(options.size()));
          original.cast(owner(i), choice, DURING);
          if (twin != null) {
            twin.cast(owner(i), choice, DURING);
          }
        }
      }
      if (twin == null) {
        twin = Vote.restore(original.snapshot());
      }
      Vote third = Vote.restore(twin.snapshot());
      assertThat(twin.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
      assertThat(third.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
      assertThat(third.tally(CLOSES)).as("seed %d", seed).isEqualTo(original.tally(CLOSES));
      for (int i = 0; i < n; i++) {
        assertThat(third.hasVoted(owner(i))).isEqualTo(original.hasVoted(owner(i)));
      }
    }
  }

  @Test
  void a_restored_vote_refuses_a_voter_who_voted_before_it_was_stored() {
    Vote restored = Vote.restore(castVote().snapshot());
    assertThatThrownBy(() -> restored.cast(owner(1), Option.AGAINST, DURING))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    restored.cast(owner(2), Option.ABSTAIN, DURING);
    assertThat(restored.turnout()).isEqualTo(4);
  }

  @Test
  void unsaved_ballots_are_those_taken_since_the_restore_and_sums_only() {
    Vote restored = Vote.restore(castVote().snapshot());
    assertThat(restored.unsavedBallots().isEmpty()).isTrue();
    restored.cast(owner(2), Option.AGAINST, DURING);
    UnsavedBallots unsaved = restored.unsavedBallots();
    assertThat(unsaved.voters()).containsExactly(owner(2));
    assertThat(unsaved.counts())
        .containsExactly(
            new BallotCount(Option.FOR, 0, FloorArea.ZERO),
            new BallotCount(Option.AGAINST, 1, FloorArea.ofSquareMetres(100)),
            new BallotCount(Option.ABSTAIN, 0, FloorArea.ZERO));
    assertThat(unsaved.toString()).doesNotContain("owner-2").doesNotContain("AGAINST");
    assertThat(restored.pendingEvents()).hasSize(1).allMatch(BallotCast.class::isInstance);
  }

  @Test
  void the_snapshot_keeps_register_and_counters_apart() {
    VoteSnapshot s = castVote().snapshot();
    assertThat(s.register()).containsExactlyInAnyOrder(owner(1), owner(3), owner(4));
    assertThat(s.counts())
        .containsExactly(
            new BallotCount(Option.FOR, 2, FloorArea.parse("175.5")),
            new BallotCount(Option.AGAINST, 1, FloorArea.ofSquareMetres(120)),
            new BallotCount(Option.ABSTAIN, 0, FloorArea.ZERO));
    // no component pairs a voter with a choice: voters appear only in the roster and the register
    for (RecordComponent c : VoteSnapshot.class.getRecordComponents()) {
      assertThat(c.getGenericType().getTypeName())
          .doesNotContain("Map")
          .doesNotContain("AcceptedBallot");
    }
    assertThat(Arrays.stream(BallotCount.class.getRecordComponents()).map(RecordComponent::getType))
        .doesNotContain(VoterId.class);
    assertThat(s.toString()).doesNotContain("owner-1").doesNotContain("175");
  }

  @Test
  void opening_with_a_time_raises_the_opened_event_and_the_version_starts_at_zero() {
    Vote vote =
        Vote.open(
            VoteId.of("v-2"), "Fund", owners, List.of(Option.FOR, Option.AGAINST), WEEK, DURING);
    assertThat(vote.version()).isZero();
    assertThat(vote.pendingEvents()).containsExactly(vote.opened(DURING));
  }

  @Test
  void a_broken_snapshot_is_refused_naming_the_rule() {
    VoteSnapshot good = castVote().snapshot();
    assertRefused(good, s -> with(s, -1, s.register(), s.counts()), "the version is not negative");
    assertRefused(
        good,
        s -> with(s, s.version(), plus(s.register(), VoterId.of("stranger")), s.counts()),
        "registered voters belong to the electorate");
    assertRefused(
        good,
        s -> with(s, s.version(), plus(s.register(), owner(2)), s.counts()),
        "the counts add up to the register");
    assertRefused(
        good,
        s -> with(s, s.version(), s.register(), s.counts().subList(0, 2)),
        "one count per option, in option order");
    List<BallotCount> swapped = new ArrayList<>(good.counts());
    swapped.set(0, good.counts().get(1));
    swapped.set(1, good.counts().get(0));
    assertRefused(
        good,
        s -> with(s, s.version(), s.register(), swapped),
        "one count per option, in option order");
    List<BallotCount> moved = new ArrayList<>(good.counts());
    moved.set(0, new BallotCount(Option.FOR, 2, FloorArea.ofSquareMetres(200)));
    moved.set(1, new BallotCount(Option.AGAINST, 1, FloorArea.parse("95.5")));
    // same totals per head, the areas moved between options: consistent totals, allowed
    assertThat(Vote.restore(with(good, 1, good.register(), moved)).turnout()).isEqualTo(3);
    List<BallotCount> extraArea = new ArrayList<>(good.counts());
    extraArea.set(2, new BallotCount(Option.ABSTAIN, 0, FloorArea.ofSquareMetres(1)));
    assertRefused(
        good,
        s -> with(s, s.version(), s.register(), extraArea),
        "the counts add up to the register");
    assertRefused(
        good,
        s ->
            new VoteSnapshot(
                s.id(),
                s.version(),
                s.subject(),
                s.electors(),
                List.of(Option.FOR),
                s.window(),
                Set.of(),
                List.of()),
        "a valid roster, subject and at least two distinct options");
    assertRefused(
        good,
        s ->
            new VoteSnapshot(
                null,
                s.version(),
                s.subject(),
                s.electors(),
                s.options(),
                s.window(),
                s.register(),
                s.counts()),
        "every component is present");
  }

  private static VoteSnapshot with(
      VoteSnapshot s, long version, Set<VoterId> register, List<BallotCount> counts) {
    return new VoteSnapshot(
        s.id(), version, s.subject(), s.electors(), s.options(), s.window(), register, counts);
  }

  private static Set<VoterId> plus(Set<VoterId> set, VoterId voter) {
    Set<VoterId> copy = new HashSet<>(set);
    copy.add(voter);
    return copy;
  }

  private static void assertRefused(
      VoteSnapshot good, UnaryOperator<VoteSnapshot> breakIt, String rule) {
    assertThatThrownBy(() -> Vote.restore(breakIt.apply(good)))
        .isInstanceOfSatisfying(
            AffairsException.class,
            e -> {
              assertThat(e.affairsError()).isEqualTo(AffairsError.AFFAIRS_SNAPSHOT_INVALID);
              assertThat(e.getMessage()).contains(rule);
            });
  }
}
