package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.OPENS;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.WEEK;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.error.AffairsException;

class BallotProperties {

  private static final Option[] CHOICES = {Option.FOR, Option.AGAINST, Option.ABSTAIN};

  /**
   * Each attempt is voter (0-11; 10 and 11 are not in the electorate of 10), choice (0-2) and time
   * (0 before the window, 1 inside, 2 at its close), packed into one int.
   */
  @Test
  void only_the_first_valid_ballot_of_each_voter_counts() {
    qt().forAll(lists().of(integers().between(0, 12 * 3 * 3 - 1)).ofSizeBetween(0, 60))
        .checkAssert(BallotProperties::onlyTheFirstValidBallotCounts);
  }

  private static void onlyTheFirstValidBallotCounts(List<Integer> attempts) {
    Electorate electorate =
        VoteFixtures.owners("10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
    Vote vote = Vote.motion(VoteId.of("v"), "motion", electorate, WEEK);
    Map<Integer, Integer> accepted = new HashMap<>();
    for (int a : attempts) {
      int voter = a / 9;
      int choice = (a / 3) % 3;
      int when = a % 3;
      Instant at = when == 0 ? OPENS.minusSeconds(1) : when == 1 ? OPENS.plusSeconds(a) : CLOSES;
      boolean valid = voter < 10 && when == 1 && !accepted.containsKey(voter);
      long before = vote.turnout();
      try {
        vote.cast(VoterId.of("owner-" + (voter + 1)), CHOICES[choice], at);
        assertThat(valid).isTrue();
        accepted.put(voter, choice);
      } catch (AffairsException refused) {
        assertThat(valid).isFalse();
        assertThat(vote.turnout()).isEqualTo(before);
      }
    }
    VoteTally tally = vote.tally(CLOSES);
    for (int c = 0; c < 3; c++) {
      int choice = c;
      long heads = accepted.values().stream().filter(v -> v == choice).count();
      long area =
          accepted.entrySet().stream()
              .filter(e -> e.getValue() == choice)
              .mapToLong(e -> (e.getKey() + 1) * 10L * 10_000L)
              .sum();
      assertThat(tally.heads(CHOICES[c])).isEqualTo(heads);
      assertThat(tally.area(CHOICES[c])).isEqualTo(area);
    }
    assertThat(vote.turnout()).isEqualTo(accepted.size());
  }
}
