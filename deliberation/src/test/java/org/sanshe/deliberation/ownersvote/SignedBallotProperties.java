package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.OPENS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.error.AffairsException;

class SignedBallotProperties {

  private static final Option[] CHOICES = {Option.FOR, Option.AGAINST, Option.ABSTAIN};
  private static final ActorId CLERK = ActorId.of("clerk");

  /**
   * Each step is packed in one int: kind (0 authorize a proxy, 1 cast directly, 2 cast by proxy
   * 0-2, one of them unauthorized), owner (0-11, 10 and 11 not in the roster of 10), choice (0-2).
   * After every step, and after a snapshot round trip, the recount from the register equals the
   * counters and every owner appears at most once.
   */
  @Test
  void recount_equals_counters_and_every_owner_appears_at_most_once() {
    qt().forAll(lists().of(integers().between(0, 4 * 12 * 3 - 1)).ofSizeBetween(0, 80))
        .checkAssert(SignedBallotProperties::holds);
  }

  private static void holds(List<Integer> steps) {
    Electorate electorate =
        VoteFixtures.owners("10", "20.5", "30", "40", "50", "60", "70", "80", "90", "100");
    Vote vote = SignedVoteTest.signed(electorate);
    int t = 0;
    for (int step : steps) {
      int kind = step / 36;
      VoterId owner = VoterId.of("owner-" + (step / 3 % 12 + 1));
      Option choice = CHOICES[step % 3];
      VoterId proxy = VoterId.of("proxy-" + (step % 2));
      try {
        if (kind == 0) {
          vote.authorizeProxy(owner, proxy, "doc-" + step, CLERK, OPENS.plusSeconds(++t));
        } else {
          VoterId by = kind == 1 ? owner : kind == 2 ? proxy : VoterId.of("proxy-x");
          vote.castSigned(owner, "unit-" + step, choice, by, CLERK, OPENS.plusSeconds(++t));
        }
      } catch (AffairsException refused) {
        // refused steps change nothing; the invariants below check it
      }
      check(vote);
    }
    Vote back = Vote.restore(vote.snapshot());
    check(back);
    assertThat(back.recount()).isEqualTo(vote.tally(CLOSES));
  }

  private static void check(Vote vote) {
    VoteTally recount = vote.recount();
    Set<VoterId> owners = new HashSet<>();
    for (SignedBallot b : vote.signedBallots()) {
      assertThat(owners.add(b.owner())).isTrue();
      if (b.byProxy()) {
        assertThat(vote.proxyAuthorizations())
            .anySatisfy(
                p -> {
                  assertThat(p.owner()).isEqualTo(b.owner());
                  assertThat(p.proxy()).isEqualTo(b.castBy());
                });
      }
    }
    assertThat(owners).isEqualTo(vote.snapshot().register());
    assertThat(recount.participatingHeads()).isEqualTo(vote.turnout());
  }
}
