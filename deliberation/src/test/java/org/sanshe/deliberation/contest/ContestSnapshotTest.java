package org.sanshe.deliberation.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/** A contest's snapshot carries its whole state and is checked when restored. */
class ContestSnapshotTest {

  private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void restoring_a_snapshot_gives_a_contest_that_behaves_alike() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 300; run++) {
      ProposalContest original =
          ProposalContest.create(
              ContestId.of("c" + run), "Golden ideas", ContestRules.standard(), T);
      int entries = 1 + random.nextInt(5);
      int judges = 1 + random.nextInt(4);
      for (int e = 0; e < entries; e++) {
        original.enter(EntryId.of("e" + random.nextInt(1000) + "-" + e), T);
      }
      for (int j = 0; j < judges; j++) {
        original.appoint(
            JudgeId.of("j" + j), Fraction.of(1 + random.nextInt(5), 1 + random.nextInt(3)), T);
      }
      ProposalContest twin = ProposalContest.restore(original.snapshot());
      List<EntryId> entryIds = original.snapshot().entries();
      for (int step = 0; step < 20; step++) {
        EntryId e = entryIds.get(random.nextInt(entryIds.size()));
        if (random.nextBoolean()) {
          JudgeId j = JudgeId.of("j" + random.nextInt(judges));
          int score = random.nextInt(101);
          original.score(j, e, score, T);
          twin.score(j, e, score, T);
        } else {
          long votes = random.nextInt(500);
          original.publicVotes(e, votes, T);
          twin.publicVotes(e, votes, T);
        }
      }
      assertThat(twin.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
      ProposalContest third = ProposalContest.restore(twin.snapshot());
      assertThat(third.snapshot()).as("seed %d", seed).isEqualTo(original.snapshot());
      assertThat(third.pendingEvents()).isEmpty();
      boolean complete = true;
      try {
        original.ranking();
      } catch (AffairsException ex) {
        complete = false;
        assertThatThrownBy(third::ranking).isInstanceOf(AffairsException.class);
      }
      if (complete) {
        assertThat(third.ranking()).as("seed %d", seed).isEqualTo(original.ranking());
      }
    }
  }

  @Test
  void commands_raise_past_tense_events_in_order() {
    ProposalContest c =
        ProposalContest.create(ContestId.of("c"), "Golden ideas", ContestRules.standard(), T)
            .enter(EntryId.of("garden"), T)
            .appoint(JudgeId.of("expert"), Fraction.ONE, T)
            .score(JudgeId.of("expert"), EntryId.of("garden"), 80, T)
            .publicVotes(EntryId.of("garden"), 12, T.plusSeconds(1));
    assertThat(c.pendingEvents())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "ContestCreated",
            "EntryEntered",
            "JudgeAppointed",
            "EntryScored",
            "PublicVotesRecorded");
    assertThat(c.pendingEvents().get(4).at()).isEqualTo(T.plusSeconds(1));
    assertThat(c.version()).isZero();
  }

  @Test
  void a_broken_snapshot_is_refused_naming_the_rule() {
    ContestSnapshot good =
        ProposalContest.create(ContestId.of("c"), "Golden ideas", ContestRules.standard(), T)
            .enter(EntryId.of("garden"), T)
            .appoint(JudgeId.of("expert"), Fraction.ONE, T)
            .score(JudgeId.of("expert"), EntryId.of("garden"), 80, T)
            .publicVotes(EntryId.of("garden"), 12, T)
            .snapshot();
    EntryId garden = EntryId.of("garden");
    JudgeId expert = JudgeId.of("expert");
    refused(
        good,
        s -> copy(s, -1, s.entries(), s.judges(), s.scores(), s.publicVotes()),
        "the version is not negative");
    refused(
        good,
        s -> copy(s, 1, List.of(garden, garden), s.judges(), s.scores(), s.publicVotes()),
        "entries are distinct");
    refused(
        good,
        s ->
            copy(
                s,
                1,
                s.entries(),
                List.of(new ContestSnapshot.Judge(expert, Fraction.ZERO)),
                List.of(),
                s.publicVotes()),
        "judges' weights are more than zero");
    refused(
        good,
        s ->
            copy(
                s,
                1,
                s.entries(),
                s.judges(),
                List.of(new ContestSnapshot.Score(JudgeId.of("x"), garden, 1)),
                s.publicVotes()),
        "scores are by appointed judges for entered entries");
    refused(
        good,
        s ->
            copy(
                s,
                1,
                s.entries(),
                s.judges(),
                List.of(new ContestSnapshot.Score(expert, garden, 101)),
                s.publicVotes()),
        "scores are within the scale");
    List<ContestSnapshot.Score> twice = new ArrayList<>(good.scores());
    twice.addAll(good.scores());
    refused(
        good,
        s -> copy(s, 1, s.entries(), s.judges(), twice, s.publicVotes()),
        "one score per judge and entry");
    refused(
        good,
        s ->
            copy(
                s,
                1,
                s.entries(),
                s.judges(),
                s.scores(),
                List.of(new ContestSnapshot.EntryVotes(garden, -1))),
        "public votes are for entered entries and not negative");
  }

  private static ContestSnapshot copy(
      ContestSnapshot s,
      long version,
      List<EntryId> entries,
      List<ContestSnapshot.Judge> judges,
      List<ContestSnapshot.Score> scores,
      List<ContestSnapshot.EntryVotes> votes) {
    return new ContestSnapshot(
        s.id(), version, s.title(), s.rules(), entries, judges, scores, votes);
  }

  private static void refused(ContestSnapshot good, UnaryOperator<ContestSnapshot> f, String rule) {
    assertThatThrownBy(() -> ProposalContest.restore(f.apply(good)))
        .isInstanceOfSatisfying(
            AffairsException.class,
            e -> {
              assertThat(e.affairsError()).isEqualTo(AffairsError.AFFAIRS_SNAPSHOT_INVALID);
              assertThat(e.getMessage()).contains(rule);
            });
  }
}
