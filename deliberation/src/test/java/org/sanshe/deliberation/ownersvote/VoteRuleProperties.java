package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteRuleProperties {

  /**
   * Each owner is (area in m², choice): choice 0 not voting, 1 for, 2 against, 3 abstain. The
   * oracle cross-multiplies longs, independently of Fraction.
   */
  @Test
  void article_278_agrees_with_cross_multiplication() {
    qt().forAll(
            lists().of(integers().between(1, 400)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, 3)).ofSize(12),
            arbitrary().enumValues(OwnersMatter.class))
        .checkAssert(VoteRuleProperties::article278AgreesWithTheOracle);
  }

  private static void article278AgreesWithTheOracle(
      List<Integer> areas, List<Integer> choices, OwnersMatter matter) {
    List<Elector> electors = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      electors.add(Elector.of(VoterId.of("o" + i), FloorArea.ofSquareMetres(areas.get(i))));
    }
    Electorate electorate = Electorate.of(electors);
    Option[] ballots = new Option[areas.size()];
    long totalArea = 0;
    long pArea = 0;
    long pHeads = 0;
    long fArea = 0;
    long fHeads = 0;
    for (int i = 0; i < areas.size(); i++) {
      int c = choices.get(i);
      long a = areas.get(i);
      totalArea += a;
      ballots[i] = c == 0 ? null : c == 1 ? Option.FOR : c == 2 ? Option.AGAINST : Option.ABSTAIN;
      if (c != 0) {
        pArea += a;
        pHeads++;
      }
      if (c == 1) {
        fArea += a;
        fHeads++;
      }
    }
    long heads = areas.size();
    boolean quorum = 3 * pArea >= 2 * totalArea && 3 * pHeads >= 2 * heads;
    boolean support =
        matter.needsSpecialMajority()
            ? 4 * fArea >= 3 * pArea && 4 * fHeads >= 3 * pHeads
            : 2 * fArea > pArea && 2 * fHeads > pHeads;
    VoteTally tally = VoteFixtures.motion(electorate, ballots);
    VoteDecision decision = VoteRules.civilCode278(matter).decide(tally, Option.FOR);
    assertThat(decision.adopted()).isEqualTo(quorum && support);
    assertThat(decision.checks()).hasSize(4);
    assertThat(decision.failed().isEmpty()).isEqualTo(decision.adopted());
  }

  @Test
  void tallies_sum_to_the_turnout() {
    qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(1, 30))
        .checkAssert(VoteRuleProperties::talliesSumToTheTurnout);
  }

  private static void talliesSumToTheTurnout(List<Integer> choices) {
    Electorate electorate = VoteFixtures.equalOwners(choices.size());
    Option[] ballots = new Option[choices.size()];
    int voted = 0;
    for (int i = 0; i < choices.size(); i++) {
      int c = choices.get(i);
      ballots[i] = c == 0 ? null : c == 1 ? Option.FOR : c == 2 ? Option.AGAINST : Option.ABSTAIN;
      voted += c == 0 ? 0 : 1;
    }
    VoteTally tally = VoteFixtures.motion(electorate, ballots);
    assertThat(tally.heads(Option.FOR) + tally.heads(Option.AGAINST) + tally.heads(Option.ABSTAIN))
        .isEqualTo(voted)
        .isEqualTo(tally.participatingHeads());
    assertThat(tally.participatingArea()).isEqualTo(voted * 1_000_000L);
  }
}
