package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.Option.ABSTAIN;
import static org.sanshe.deliberation.ownersvote.Option.AGAINST;
import static org.sanshe.deliberation.ownersvote.Option.FOR;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.equalOwners;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.motion;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.deliberation.ownersvote.ShareRule.Base;
import org.sanshe.deliberation.ownersvote.ShareRule.Counted;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Basis;
import org.sanshe.deliberation.ownersvote.ThresholdCheck.Comparison;

class VoteRulesTest {

  @Nested
  class AtLeastAgainstMoreThan {

    @Test
    void exactly_two_thirds_is_two_thirds_or_more() {
      // 以上 includes the figure: 2 of 3 is "2/3 以上".
      VoteTally tally = motion(VoteFixtures.residents(3), FOR, FOR, AGAINST);
      VoteDecision decision = VoteRules.twoThirdsOfVotesCast().decide(tally, FOR);
      assertThat(decision.adopted()).isTrue();
      assertThat(decision.checks().get(0).share()).isEqualTo(Fraction.TWO_THIRDS);
    }

    @Test
    void exactly_one_half_is_not_more_than_half() {
      // 过半数 excludes the figure: 2 of 4 is not "过半数".
      VoteTally tally = motion(VoteFixtures.residents(4), FOR, FOR, AGAINST, AGAINST);
      VoteDecision decision = VoteRules.majorityOfVotesCast().decide(tally, FOR);
      assertThat(decision.adopted()).isFalse();
      assertThat(decision.checks().get(0).share()).isEqualTo(Fraction.ONE_HALF);
      assertThat(decision.failed()).hasSize(1);
    }

    @Test
    void one_ballot_more_than_half_is_a_majority() {
      VoteTally tally = motion(VoteFixtures.residents(5), FOR, FOR, FOR, AGAINST, AGAINST);
      assertThat(VoteRules.majorityOfVotesCast().decide(tally, FOR).adopted()).isTrue();
    }

    @Test
    void the_same_share_passes_at_least_and_fails_more_than() {
      VoteTally tally = motion(VoteFixtures.residents(4), FOR, FOR, AGAINST, AGAINST);
      ShareRule atLeastHalf =
          new ShareRule(
              "half or more",
              Counted.SUPPORT,
              Base.PARTICIPANTS,
              Basis.HEADCOUNT,
              Comparison.AT_LEAST,
              Fraction.ONE_HALF);
      assertThat(atLeastHalf.decide(tally, FOR).adopted()).isTrue();
      assertThat(VoteRules.majorityOfVotesCast().decide(tally, FOR).adopted()).isFalse();
    }

    @Test
    void just_below_two_thirds_fails_and_exactly_three_quarters_passes() {
      VoteTally below = motion(VoteFixtures.residents(3), FOR, AGAINST, AGAINST);
      assertThat(VoteRules.twoThirdsOfVotesCast().decide(below, FOR).adopted()).isFalse();
      VoteTally threeOfFour = motion(VoteFixtures.residents(4), FOR, FOR, FOR, AGAINST);
      assertThat(VoteRules.threeQuartersOfVotesCast().decide(threeOfFour, FOR).adopted()).isTrue();
      VoteTally twoOfThree = motion(VoteFixtures.residents(3), FOR, FOR, AGAINST);
      assertThat(VoteRules.threeQuartersOfVotesCast().decide(twoOfThree, FOR).adopted()).isFalse();
    }
  }

  @Test
  void an_absolute_majority_counts_the_whole_electorate() {
    VoteTally tally = motion(VoteFixtures.residents(10), FOR, FOR, FOR, FOR, FOR);
    assertThat(VoteRules.majorityOfVotesCast().decide(tally, FOR).adopted()).isTrue();
    VoteDecision absolute = VoteRules.absoluteMajorityOfElectorate().decide(tally, FOR);
    assertThat(absolute.adopted()).isFalse();
    assertThat(absolute.checks().get(0).numerator()).isEqualTo(5);
    assertThat(absolute.checks().get(0).denominator()).isEqualTo(10);
    VoteTally six = motion(VoteFixtures.residents(10), FOR, FOR, FOR, FOR, FOR, FOR);
    assertThat(VoteRules.absoluteMajorityOfElectorate().decide(six, FOR).adopted()).isTrue();
  }

  @Test
  void abstentions_take_part_but_do_not_support() {
    VoteTally tally = motion(VoteFixtures.residents(4), FOR, FOR, ABSTAIN, AGAINST);
    assertThat(tally.participatingHeads()).isEqualTo(4);
    assertThat(VoteRules.majorityOfVotesCast().decide(tally, FOR).adopted()).isFalse();
  }

  @Nested
  class CivilCodeArticle278 {

    @Test
    void participation_of_exactly_two_thirds_by_area_and_headcount_meets_the_quorum() {
      VoteTally tally = motion(equalOwners(6), FOR, FOR, FOR, AGAINST, null, null);
      VoteDecision decision = VoteRules.civilCode278Quorum().decide(tally, FOR);
      assertThat(decision.adopted()).isTrue();
      assertThat(decision.checks())
          .extracting(ThresholdCheck::share)
          .containsExactly(Fraction.TWO_THIRDS, Fraction.TWO_THIRDS);
    }

    @Test
    void participation_below_two_thirds_fails_the_quorum_whatever_the_support() {
      VoteTally tally = motion(equalOwners(6), FOR, FOR, FOR, null, null, null);
      VoteDecision decision =
          VoteRules.civilCode278(OwnersMatter.PROPERTY_MANAGER).decide(tally, FOR);
      assertThat(decision.adopted()).isFalse();
      assertThat(decision.failed())
          .extracting(ThresholdCheck::name)
          .containsExactly("participation by area", "participation by headcount");
    }

    @Test
    void an_ordinary_item_needs_more_than_half_so_exactly_half_fails() {
      VoteTally half = motion(equalOwners(6), FOR, FOR, AGAINST, AGAINST, null, null);
      VoteDecision decision =
          VoteRules.civilCode278(OwnersMatter.OWNERS_COMMITTEE).decide(half, FOR);
      assertThat(decision.adopted()).isFalse();
      assertThat(decision.failed())
          .extracting(ThresholdCheck::name)
          .containsExactly("support by participating area", "support by participating owners");
      VoteTally more = motion(equalOwners(6), FOR, FOR, FOR, AGAINST, null, null);
      assertThat(VoteRules.civilCode278(OwnersMatter.OWNERS_COMMITTEE).decide(more, FOR).adopted())
          .isTrue();
    }

    @Test
    void items_six_to_eight_need_three_quarters_and_exactly_three_quarters_passes() {
      VoteTally threeOfFour = motion(equalOwners(6), FOR, FOR, FOR, AGAINST, null, null);
      assertThat(VoteRules.civilCode278(OwnersMatter.REBUILD).decide(threeOfFour, FOR).adopted())
          .isTrue();
      VoteTally fourOfSix =
          motion(equalOwners(8), FOR, FOR, FOR, FOR, AGAINST, AGAINST, null, null);
      for (OwnersMatter special :
          new OwnersMatter[] {
            OwnersMatter.RAISE_MAINTENANCE_FUNDS,
            OwnersMatter.REBUILD,
            OwnersMatter.CHANGE_USE_OF_COMMON_PARTS
          }) {
        assertThat(VoteRules.civilCode278(special).decide(fourOfSix, FOR).adopted())
            .as(special.name())
            .isFalse();
      }
      assertThat(
              VoteRules.civilCode278(OwnersMatter.USE_MAINTENANCE_FUNDS)
                  .decide(fourOfSix, FOR)
                  .adopted())
          .isTrue();
    }

    @Test
    void only_items_six_to_eight_are_special() {
      assertThat(OwnersMatter.values())
          .filteredOn(OwnersMatter::needsSpecialMajority)
          .extracting(OwnersMatter::item)
          .containsExactly(6, 7, 8);
    }

    @Test
    void area_and_headcount_are_both_required() {
      // One large owner (300 m²) and five small ones (50 m² each); total 550 m².
      Electorate owners = VoteFixtures.owners("300", "50", "50", "50", "50", "50");
      VoteTally smallOnes = motion(owners, null, FOR, FOR, FOR, FOR, null);
      VoteDecision decision =
          VoteRules.civilCode278(OwnersMatter.PROPERTY_MANAGER).decide(smallOnes, FOR);
      assertThat(decision.adopted()).isFalse();
      assertThat(decision.failed())
          .extracting(ThresholdCheck::name)
          .containsExactly("participation by area");
      assertThat(decision.explain())
          .contains("participation by area: 200 m² / 550 m² = 4/11, AT_LEAST 2/3: failed")
          .contains("participation by headcount: 4 / 6 = 2/3, AT_LEAST 2/3: passed");
      VoteTally bigAndOne = motion(owners, FOR, AGAINST, AGAINST, AGAINST, null, null);
      VoteDecision split =
          VoteRules.civilCode278(OwnersMatter.PROPERTY_MANAGER).decide(bigAndOne, FOR);
      assertThat(split.failed())
          .extracting(ThresholdCheck::name)
          .containsExactly("support by participating owners");
    }

    @Test
    void areas_with_decimals_compare_exactly_at_two_thirds() {
      Electorate owners = VoteFixtures.owners("100.01", "100.01", "100.01");
      VoteTally tally = motion(owners, FOR, FOR, null);
      VoteDecision decision = VoteRules.civilCode278Quorum().decide(tally, FOR);
      assertThat(decision.checks().get(0).share()).isEqualTo(Fraction.TWO_THIRDS);
      assertThat(decision.adopted()).isTrue();
    }

    @Test
    void an_area_rule_on_a_headcount_electorate_is_refused() {
      VoteTally tally = motion(VoteFixtures.residents(3), FOR, FOR, FOR);
      assertThatThrownBy(() -> VoteRules.civilCode278Quorum().decide(tally, FOR))
          .hasMessageStartingWith("[VOTE_AREA_NOT_RECORDED]");
    }
  }

  @Test
  void rules_compose_and_the_decision_names_its_rule() {
    VoteRule rule =
        AllOf.of(
            "half the residents vote, majority of votes cast",
            VoteRules.quorumByHeadcount(Fraction.ONE_HALF),
            VoteRules.majorityOfVotesCast());
    VoteTally tally = motion(VoteFixtures.residents(6), FOR, FOR, AGAINST, null, null, null);
    VoteDecision decision = rule.decide(tally, FOR);
    assertThat(decision).isInstanceOf(VoteDecision.Adopted.class);
    assertThat(decision.rule()).isEqualTo("half the residents vote, majority of votes cast");
    assertThat(decision.explain())
        .startsWith("half the residents vote, majority of votes cast for FOR: adopted")
        .contains("quorum 1/2 by headcount: 3 / 6 = 1/2, AT_LEAST 1/2: passed")
        .contains("majority of votes cast: 2 / 3 = 2/3, MORE_THAN 1/2: passed");
  }

  @Test
  void thresholds_outside_zero_to_one_are_refused() {
    assertThatThrownBy(() -> VoteRules.quorumByHeadcount(Fraction.of(3, 2)))
        .hasMessageStartingWith("[VOTE_THRESHOLD_INVALID]");
    assertThatThrownBy(() -> new AllOf("nothing", java.util.List.of()))
        .hasMessageStartingWith("[VOTE_THRESHOLD_INVALID]");
  }

  @Test
  void with_no_ballot_every_share_is_zero() {
    VoteTally tally = motion(VoteFixtures.residents(3));
    VoteDecision decision = VoteRules.majorityOfVotesCast().decide(tally, FOR);
    assertThat(decision.adopted()).isFalse();
    assertThat(decision.checks().get(0).share()).isEqualTo(Fraction.ZERO);
  }
}
