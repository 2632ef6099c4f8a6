package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.DURING;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.OPENS;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.WEEK;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.owner;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTest {

  private final Electorate owners = VoteFixtures.owners("80", "100", "120");
  private final Vote vote = Vote.motion(VoteId.of("v-1"), "Repaint the corridors", owners, WEEK);

  @Test
  void a_ballot_adds_the_voters_weight_to_the_chosen_option() {
    vote.cast(owner(1), Option.FOR, DURING);
    vote.cast(owner(3), Option.AGAINST, DURING);
    VoteTally tally = vote.tally(CLOSES);
    assertThat(tally.heads(Option.FOR)).isEqualTo(1);
    assertThat(tally.area(Option.FOR)).isEqualTo(FloorArea.ofSquareMetres(80).squareCentimetres());
    assertThat(tally.area(Option.AGAINST))
        .isEqualTo(FloorArea.ofSquareMetres(120).squareCentimetres());
    assertThat(tally.participatingHeads()).isEqualTo(2);
    assertThat(tally.electorateHeads()).isEqualTo(3);
    assertThat(tally.toString()).contains("FOR 1 (80 m²)");
  }

  @Test
  void a_second_ballot_by_the_same_voter_is_refused_and_changes_nothing() {
    vote.cast(owner(1), Option.FOR, DURING);
    assertThatThrownBy(() -> vote.cast(owner(1), Option.AGAINST, DURING))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    assertThat(vote.turnout()).isEqualTo(1);
    VoteTally tally = vote.tally(CLOSES);
    assertThat(tally.heads(Option.FOR)).isEqualTo(1);
    assertThat(tally.heads(Option.AGAINST)).isZero();
  }

  @Test
  void an_ineligible_voter_is_refused() {
    assertThatThrownBy(() -> vote.cast(owner(9), Option.FOR, DURING))
        .hasMessageStartingWith("[VOTE_VOTER_INELIGIBLE]");
    assertThat(vote.turnout()).isZero();
  }

  @Test
  void ballots_outside_the_window_are_refused_and_do_not_mark_the_voter() {
    assertThatThrownBy(() -> vote.cast(owner(1), Option.FOR, OPENS.minusSeconds(1)))
        .hasMessageStartingWith("[VOTE_OUTSIDE_WINDOW]");
    assertThatThrownBy(() -> vote.cast(owner(1), Option.FOR, CLOSES))
        .hasMessageStartingWith("[VOTE_OUTSIDE_WINDOW]");
    assertThat(vote.hasVoted(owner(1))).isFalse();
    vote.cast(owner(1), Option.FOR, OPENS);
    assertThat(vote.hasVoted(owner(1))).isTrue();
  }

  @Test
  void an_option_not_on_the_ballot_is_refused() {
    assertThatThrownBy(() -> vote.cast(owner(1), Option.of("MAYBE"), DURING))
        .hasMessageStartingWith("[VOTE_OPTION_UNKNOWN]");
    assertThat(vote.hasVoted(owner(1))).isFalse();
  }

  @Test
  void the_count_is_shown_only_after_the_window_closes() {
    vote.cast(owner(1), Option.FOR, DURING);
    assertThatThrownBy(() -> vote.tally(CLOSES.minusNanos(1)))
        .hasMessageStartingWith("[VOTE_STILL_OPEN]");
    assertThatThrownBy(() -> vote.decide(VoteRules.majorityOfVotesCast(), Option.FOR, DURING))
        .hasMessageStartingWith("[VOTE_STILL_OPEN]");
  }

  @Test
  void the_ballot_cast_event_names_neither_voter_nor_choice() {
    BallotCast event = vote.cast(owner(2), Option.AGAINST, DURING);
    assertThat(event.toString()).doesNotContain("owner-2").doesNotContain("AGAINST");
    assertThat(Arrays.stream(BallotCast.class.getRecordComponents()).map(RecordComponent::getType))
        .doesNotContain(VoterId.class, Option.class);
  }

  @Test
  void the_vote_stores_no_ballot_that_could_link_a_voter_to_a_choice() {
    // The only per-voter state is the register (bit sets: now and as last saved); per-option state
    // is counters; the lists are the options on the ballot and the pending events, whose types
    // name neither voter nor choice.
    List<Field> fields = Arrays.asList(Vote.class.getDeclaredFields());
    assertThat(fields.stream().map(Field::getType).toList())
        .containsOnly(
            VoteId.class,
            String.class,
            Electorate.class,
            List.class,
            VotingWindow.class,
            java.util.BitSet.class,
            long[].class,
            long.class);
    assertThat(
            fields.stream()
                .filter(f -> f.getType() == List.class)
                .map(f -> f.getGenericType().getTypeName()))
        .containsExactlyInAnyOrder(
            "java.util.List<org.sanshe.deliberation.ownersvote.Option>",
            "java.util.List<org.sanshe.deliberation.ownersvote.VoteEvent>");
    for (Class<?> event : VoteEvent.class.getPermittedSubclasses()) {
      assertThat(Arrays.stream(event.getRecordComponents()).map(RecordComponent::getType))
          .as(event.getSimpleName())
          .doesNotContain(VoterId.class, Elector.class);
    }
    vote.cast(owner(2), Option.AGAINST, DURING);
    assertThat(vote.toString()).doesNotContain("owner-2");
  }

  @Test
  void a_vote_needs_two_distinct_options() {
    assertThatThrownBy(() -> Vote.open(VoteId.of("v"), "x", owners, List.of(Option.FOR), WEEK))
        .hasMessageStartingWith("[VOTE_OPTIONS_INVALID]");
    assertThatThrownBy(
            () -> Vote.open(VoteId.of("v"), "x", owners, List.of(Option.FOR, Option.FOR), WEEK))
        .hasMessageStartingWith("[VOTE_OPTIONS_INVALID]");
    assertThatThrownBy(() -> Option.of("for")).hasMessageStartingWith("[VOTE_OPTIONS_INVALID]");
  }
}
