package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.OPENS;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.WEEK;

import org.junit.jupiter.api.Test;

class VotingWindowTest {

  @Test
  void the_window_includes_its_opening_and_excludes_its_closing() {
    assertThat(WEEK.contains(OPENS)).isTrue();
    assertThat(WEEK.contains(OPENS.minusNanos(1))).isFalse();
    assertThat(WEEK.contains(CLOSES.minusNanos(1))).isTrue();
    assertThat(WEEK.contains(CLOSES)).isFalse();
    assertThat(WEEK.isClosedAt(CLOSES)).isTrue();
    assertThat(WEEK.isClosedAt(CLOSES.minusNanos(1))).isFalse();
  }

  @Test
  void parse_reads_back_to_string() {
    assertThat(WEEK.toString()).isEqualTo("2026-03-01T00:00:00Z/2026-03-08T00:00:00Z");
    assertThat(VotingWindow.parse(WEEK.toString())).isEqualTo(WEEK);
  }

  @Test
  void windows_order_by_opening_then_closing() {
    assertThat(WEEK).isLessThan(VotingWindow.of(OPENS, CLOSES.plusSeconds(1)));
    assertThat(WEEK).isLessThan(VotingWindow.of(OPENS.plusSeconds(1), CLOSES));
  }

  @Test
  void empty_or_reversed_windows_are_refused() {
    assertThatThrownBy(() -> VotingWindow.of(OPENS, OPENS))
        .hasMessageStartingWith("[VOTE_WINDOW_INVALID]");
    assertThatThrownBy(() -> VotingWindow.of(CLOSES, OPENS))
        .hasMessageStartingWith("[VOTE_WINDOW_INVALID]");
    assertThatThrownBy(() -> VotingWindow.parse("2026-03-01"))
        .hasMessageStartingWith("[VOTE_WINDOW_INVALID]");
  }
}
