package org.sanshe.deliberation.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;

class TieBreakingTest {

  private static final CandidateId A = CandidateId.of("A");
  private static final CandidateId B = CandidateId.of("B");
  private static final CandidateId C = CandidateId.of("C");

  private static final TieContext CONTEXT =
      new TieContext(
          List.of(A, B, C), Map.of(A, 100L, B, 50L, C, 50L), Map.of(A, 9L, B, 3L, C, 7L));

  @Test
  void lower_cost_then_more_votes_orders_projects_like_the_cities() {
    assertThat(TieBreaking.lowerCostThenMoreVotes().order(List.of(A, B, C), CONTEXT))
        .containsExactly(C, B, A);
  }

  @Test
  void candidates_still_tied_after_every_rule_are_ordered_by_id() {
    assertThat(TieBreaking.of(TieBreak.lowerCost()).order(List.of(C, B), CONTEXT))
        .containsExactly(B, C);
  }

  @Test
  void a_seeded_lottery_is_reproducible_and_independent_of_the_input_order() {
    TieBreaking lottery = TieBreaking.of(TieBreak.seededLottery(42));
    List<CandidateId> once = lottery.order(List.of(A, B, C), CONTEXT);
    assertThat(lottery.order(List.of(C, A, B), CONTEXT)).isEqualTo(once);
    boolean differs = false;
    for (long seed = 0; seed < 20 && !differs; seed++) {
      differs =
          !TieBreaking.of(TieBreak.seededLottery(seed))
              .order(List.of(A, B, C), CONTEXT)
              .equals(once);
    }
    assertThat(differs).isTrue();
  }

  @Test
  void a_given_order_must_list_every_tied_candidate() {
    TieBreaking partial = TieBreaking.of(TieBreak.givenOrder(List.of(A, B)));
    assertThatThrownBy(() -> partial.order(List.of(A, C), CONTEXT))
        .hasMessageContaining("VOTING_TIE_ORDER_INCOMPLETE");
  }

  @Test
  void the_recorded_tie_states_the_rules() {
    ResolvedTie tie = TieBreaking.lowerCostThenMoreVotes().resolve("test", List.of(A, B), CONTEXT);
    assertThat(tie.rules()).isEqualTo("lower cost, then more votes, then candidate id");
    assertThat(tie.order()).containsExactly(B, A);
  }
}
