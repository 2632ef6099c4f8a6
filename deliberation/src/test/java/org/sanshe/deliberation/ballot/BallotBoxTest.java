package org.sanshe.deliberation.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotBoxTest {

  @Test
  void identical_ballots_are_aggregated_with_their_count() {
    BallotBox<ApprovalBallot> box =
        BallotBox.of(
            List.of(
                ApprovalBallot.of("1", "2"), ApprovalBallot.of("2", "1"), ApprovalBallot.of("3")));
    assertThat(box.voters()).isEqualTo(3);
    assertThat(box.distinct()).hasSize(2);
    assertThat(box.distinct().get(0).count()).isEqualTo(2);
  }

  @Test
  void boxes_with_the_same_ballots_in_another_order_are_equal() {
    var a = BallotBox.of(List.of(ApprovalBallot.of("1"), ApprovalBallot.of("2")));
    var b = BallotBox.of(List.of(ApprovalBallot.of("2"), ApprovalBallot.of("1")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void a_count_below_one_is_refused() {
    assertThatThrownBy(() -> BallotBox.<ApprovalBallot>builder().add(ApprovalBallot.of("1"), 0))
        .hasMessageContaining("BALLOT_COUNT_INVALID");
  }
}
