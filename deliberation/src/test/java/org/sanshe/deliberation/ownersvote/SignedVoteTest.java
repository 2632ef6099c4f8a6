package org.sanshe.deliberation.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.CLOSES;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.DURING;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.OPENS;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.WEEK;
import static org.sanshe.deliberation.ownersvote.VoteFixtures.owner;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.error.AffairsException;

class SignedVoteTest {

  static final VoterId SCRUTINEER_A = VoterId.of("scrutineer-a");
  static final VoterId SCRUTINEER_B = VoterId.of("scrutineer-b");
  static final VoterId SCRUTINEER_C = VoterId.of("scrutineer-c");
  static final VoterId PROXY = VoterId.of("proxy-1");
  static final ActorId CLERK = ActorId.of("clerk-7");

  private Vote vote;

  static Vote signed(Electorate electorate) {
    return Vote.openSigned(
        VoteId.of("av-1"),
        "renew the property service contract",
        electorate,
        List.of(Option.FOR, Option.AGAINST, Option.ABSTAIN),
        WEEK,
        Scrutiny.of(List.of(SCRUTINEER_A, SCRUTINEER_B, SCRUTINEER_C)),
        CLERK,
        OPENS);
  }

  @BeforeEach
  void open() {
    vote = signed(VoteFixtures.owners("80", "120", "100"));
  }

  @Test
  void the_mode_and_the_actor_are_recorded_when_the_vote_is_opened() {
    VoteOpened opened = (VoteOpened) vote.pendingEvents().get(0);
    assertThat(opened.mode()).isEqualTo(BallotMode.SIGNED);
    assertThat(opened.actor()).isEqualTo(CLERK);
    assertThat(vote.snapshot().mode()).isEqualTo(BallotMode.SIGNED);
    assertThat(vote.snapshot().signed().scrutiny().required()).isEqualTo(2);
  }

  @Test
  void a_signed_ballot_names_owner_unit_area_and_choice_in_the_register() {
    SignedBallotCast cast =
        vote.castSigned(owner(2), "3-2-501", Option.FOR, owner(2), ActorId.of("r:o2"), DURING);
    assertThat(cast.byProxy()).isFalse();
    assertThat(cast.turnout()).isEqualTo(1);
    assertThat(cast.actor()).isEqualTo(ActorId.of("r:o2"));
    assertThat(vote.signedBallots())
        .containsExactly(
            new SignedBallot(
                owner(2), "3-2-501", FloorArea.ofSquareMetres(120), Option.FOR, owner(2)));
    assertThat(vote.signedBallots().get(0).toString()).doesNotContain("owner-2", "501");
  }

  @Test
  void a_proxy_casts_only_with_the_owners_recorded_written_authorization() {
    assertThatThrownBy(() -> vote.castSigned(owner(1), "1-1-101", Option.FOR, PROXY, CLERK, DURING))
        .hasMessageStartingWith("[VOTE_PROXY_UNAUTHORIZED]")
        .hasMessageNotContaining("proxy-1")
        .hasMessageNotContaining("owner-1");
    assertThat(vote.turnout()).isZero();
    vote.authorizeProxy(owner(1), PROXY, "委托书 2026-017", CLERK, OPENS);
    assertThatThrownBy(
            () ->
                vote.castSigned(
                    owner(1), "1-1-101", Option.FOR, VoterId.of("someone-else"), CLERK, DURING))
        .hasMessageStartingWith("[VOTE_PROXY_UNAUTHORIZED]");
    SignedBallotCast cast = vote.castSigned(owner(1), "1-1-101", Option.FOR, PROXY, CLERK, DURING);
    assertThat(cast.byProxy()).isTrue();
    assertThat(vote.signedBallots().get(0).castBy()).isEqualTo(PROXY);
  }

  @Test
  void an_owner_authorizes_one_proxy_per_vote() {
    vote.authorizeProxy(owner(1), PROXY, "A-1", CLERK, OPENS);
    assertThatThrownBy(
            () -> vote.authorizeProxy(owner(1), VoterId.of("proxy-2"), "A-2", CLERK, OPENS))
        .hasMessageStartingWith("[VOTE_PROXY_DUPLICATE]");
    assertThat(vote.proxyAuthorizations()).hasSize(1);
    assertThat(vote.proxyAuthorizations().get(0).toString()).doesNotContain("owner-1", "A-1");
  }

  @Test
  void a_second_ballot_by_the_same_owner_directly_or_by_proxy_is_refused_and_changes_nothing() {
    vote.authorizeProxy(owner(1), PROXY, "A-1", CLERK, OPENS);
    vote.castSigned(owner(1), "1-1-101", Option.FOR, owner(1), CLERK, DURING);
    VoteSnapshot before = vote.snapshot();
    assertThatThrownBy(
            () -> vote.castSigned(owner(1), "1-1-101", Option.AGAINST, PROXY, CLERK, DURING))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    assertThatThrownBy(
            () -> vote.castSigned(owner(1), "1-1-101", Option.AGAINST, owner(1), CLERK, DURING))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    assertThat(vote.snapshot()).isEqualTo(before);
  }

  @Test
  void an_owner_who_voted_cannot_authorize_a_proxy_afterwards() {
    vote.castSigned(owner(1), "1-1-101", Option.FOR, owner(1), CLERK, DURING);
    assertThatThrownBy(() -> vote.authorizeProxy(owner(1), PROXY, "A-1", CLERK, DURING))
        .hasMessageStartingWith("[VOTE_DUPLICATE_VOTER]");
    assertThatThrownBy(() -> vote.authorizeProxy(owner(1), PROXY, "A-1", CLERK, CLOSES))
        .hasMessageStartingWith("[VOTE_OUTSIDE_WINDOW]");
    assertThatThrownBy(() -> vote.authorizeProxy(owner(9), PROXY, "A-1", CLERK, DURING))
        .hasMessageStartingWith("[VOTE_VOTER_INELIGIBLE]");
  }

  @Test
  void the_commands_of_one_mode_are_refused_in_the_other() {
    assertThatThrownBy(() -> vote.cast(owner(1), Option.FOR, DURING))
        .hasMessageStartingWith("[VOTE_MODE_MISMATCH]");
    assertThatThrownBy(() -> vote.accept(owner(1), Option.FOR, DURING))
        .hasMessageStartingWith("[VOTE_MODE_MISMATCH]");
    Vote secret = Vote.motion(VoteId.of("s"), "x", VoteFixtures.equalOwners(2), WEEK);
    assertThatThrownBy(() -> secret.castSigned(owner(1), "u", Option.FOR, owner(1), CLERK, DURING))
        .hasMessageStartingWith("[VOTE_MODE_MISMATCH]");
    assertThatThrownBy(secret::recount).hasMessageStartingWith("[VOTE_MODE_MISMATCH]");
    assertThatThrownBy(secret::signedBallots).hasMessageStartingWith("[VOTE_MODE_MISMATCH]");
    assertThat(secret.unsavedSigned()).isEmpty();
  }

  @Test
  void the_count_is_final_only_when_signed_by_the_required_scrutineers() {
    vote.castSigned(owner(1), "1-1-101", Option.FOR, owner(1), CLERK, DURING);
    vote.castSigned(owner(2), "1-1-102", Option.AGAINST, owner(2), CLERK, DURING);
    assertThatThrownBy(() -> vote.signCount(SCRUTINEER_A, CLERK, DURING))
        .hasMessageStartingWith("[VOTE_STILL_OPEN]");
    assertThat(vote.tally(CLOSES).heads(Option.FOR)).isEqualTo(1);
    assertThatThrownBy(() -> vote.finalCount(CLOSES))
        .hasMessageStartingWith("[VOTE_COUNT_UNSIGNED]");
    assertThatThrownBy(() -> vote.decide(VoteRules.majorityOfVotesCast(), Option.FOR, CLOSES))
        .hasMessageStartingWith("[VOTE_COUNT_UNSIGNED]");
    assertThatThrownBy(() -> vote.signCount(owner(1), CLERK, CLOSES))
        .hasMessageStartingWith("[VOTE_NOT_SCRUTINEER]");
    CountSigned first = vote.signCount(SCRUTINEER_A, ActorId.of("scrutineer-a"), CLOSES);
    assertThat(first.isFinal()).isFalse();
    assertThat(first.actor()).isEqualTo(ActorId.of("scrutineer-a"));
    assertThatThrownBy(() -> vote.signCount(SCRUTINEER_A, CLERK, CLOSES))
        .hasMessageStartingWith("[VOTE_COUNT_SIGNED_TWICE]");
    assertThat(vote.countSignatures()).containsExactly(SCRUTINEER_A);
    assertThat(vote.isCountFinal()).isFalse();
    CountSigned second = vote.signCount(SCRUTINEER_C, CLERK, CLOSES);
    assertThat(second.isFinal()).isTrue();
    assertThat(vote.isCountFinal()).isTrue();
    assertThat(vote.finalCount(CLOSES)).isEqualTo(vote.recount());
    assertThat(vote.decide(VoteRules.majorityOfVotesCast(), Option.FOR, CLOSES)).isNotNull();
  }

  @Test
  void the_number_of_scrutineers_who_must_sign_is_configurable() {
    assertThat(Scrutiny.of(List.of(SCRUTINEER_A), 1).required()).isEqualTo(1);
    assertThatThrownBy(() -> Scrutiny.of(List.of(SCRUTINEER_A)))
        .hasMessageStartingWith("[VOTE_SCRUTINY_INVALID]");
    assertThatThrownBy(() -> Scrutiny.of(List.of(SCRUTINEER_A, SCRUTINEER_A)))
        .hasMessageStartingWith("[VOTE_SCRUTINY_INVALID]");
    assertThatThrownBy(() -> Scrutiny.of(List.of(SCRUTINEER_A, SCRUTINEER_B), 0))
        .hasMessageStartingWith("[VOTE_SCRUTINY_INVALID]");
    assertThat(Scrutiny.of(List.of(SCRUTINEER_A, SCRUTINEER_B)).toString())
        .doesNotContain("scrutineer-a");
  }

  @Test
  void a_snapshot_round_trips_and_unsaved_entries_are_the_tail_since_restore() {
    vote.authorizeProxy(owner(1), PROXY, "A-1", CLERK, OPENS);
    vote.castSigned(owner(1), "1-1-101", Option.FOR, PROXY, CLERK, DURING);
    VoteSnapshot s = vote.snapshot();
    Vote back = Vote.restore(s);
    assertThat(back.snapshot()).isEqualTo(s);
    assertThat(back.unsavedSigned().orElseThrow().ballots()).isEmpty();
    back.castSigned(owner(3), "2-1-101", Option.ABSTAIN, owner(3), CLERK, DURING);
    SignedRegister unsaved = back.unsavedSigned().orElseThrow();
    assertThat(unsaved.ballots()).hasSize(1);
    assertThat(unsaved.proxies()).isEmpty();
    assertThat(back.unsavedBallots().voters()).containsExactly(owner(3));
  }

  @Test
  void a_recount_that_differs_from_the_counters_is_refused_naming_the_option_not_the_values() {
    vote.castSigned(owner(1), "1-1-101", Option.FOR, owner(1), CLERK, DURING);
    vote.castSigned(owner(2), "1-1-102", Option.AGAINST, owner(2), CLERK, DURING);
    VoteSnapshot s = vote.snapshot();
    List<SignedBallot> forged = new ArrayList<>(s.signed().ballots());
    SignedBallot b = forged.get(1);
    forged.set(1, new SignedBallot(b.owner(), b.unit(), b.area(), Option.FOR, b.castBy()));
    VoteSnapshot broken =
        new VoteSnapshot(
            s.id(),
            s.version(),
            s.subject(),
            s.electors(),
            s.options(),
            s.window(),
            s.register(),
            s.counts(),
            s.mode(),
            new SignedRegister(s.signed().scrutiny(), s.signed().proxies(), forged, List.of()));
    assertThatThrownBy(() -> Vote.restore(broken))
        .isInstanceOf(AffairsException.class)
        .hasMessageStartingWith("[VOTE_RECOUNT_MISMATCH]")
        .hasMessageContaining("FOR")
        .hasMessageNotContaining("120")
        .hasMessageNotContaining("owner-2");
  }

  @Test
  void a_broken_signed_snapshot_is_refused_naming_the_rule() {
    vote.castSigned(owner(1), "1-1-101", Option.FOR, owner(1), CLERK, DURING);
    VoteSnapshot s = vote.snapshot();
    SignedBallot b = s.signed().ballots().get(0);
    List<SignedRegister> broken =
        List.of(
            new SignedRegister(
                s.signed().scrutiny(),
                List.of(),
                List.of(new SignedBallot(b.owner(), b.unit(), b.area(), b.choice(), PROXY)),
                List.of()),
            new SignedRegister(s.signed().scrutiny(), List.of(), List.of(b), List.of(owner(1))),
            new SignedRegister(s.signed().scrutiny(), List.of(), List.of(b, b), List.of()),
            new SignedRegister(s.signed().scrutiny(), List.of(), List.of(), List.of()));
    for (SignedRegister r : broken) {
      VoteSnapshot x =
          new VoteSnapshot(
              s.id(),
              s.version(),
              s.subject(),
              s.electors(),
              s.options(),
              s.window(),
              s.register(),
              s.counts(),
              BallotMode.SIGNED,
              r);
      assertThatThrownBy(() -> Vote.restore(x))
          .hasMessageStartingWith("[AFFAIRS_SNAPSHOT_INVALID]");
    }
    VoteSnapshot noRegister =
        new VoteSnapshot(
            s.id(),
            s.version(),
            s.subject(),
            s.electors(),
            s.options(),
            s.window(),
            s.register(),
            s.counts(),
            BallotMode.SIGNED,
            null);
    assertThatThrownBy(() -> Vote.restore(noRegister))
        .hasMessageStartingWith("[AFFAIRS_SNAPSHOT_INVALID]");
  }
}
