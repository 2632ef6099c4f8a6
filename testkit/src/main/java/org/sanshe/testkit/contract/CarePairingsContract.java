package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.care.CareNeed;
import org.sanshe.timebank.care.CarePairing;
import org.sanshe.timebank.care.CarePairingSnapshot;
import org.sanshe.timebank.care.CarePairings;
import org.sanshe.timebank.care.PairingId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * The contract of the {@link CarePairings} port. Extend it with a fresh, empty store per test and a
 * way to open a second instance over the same data (a restarted process or a second server).
 *
 * <p>What it holds a store to: every component of a pairing reads back equal (the resident's hash,
 * the need, a volunteer or a team, the visits in the order recorded, the end), also from a reopened
 * instance; add stores version 1 and refuses a taken id or a pairing read from a store; update
 * checks the version and refuses a stale one with {@code TIMEBANK_VERSION_CONFLICT}, changing
 * nothing; an update of an unknown pairing is refused with {@code TIMEBANK_ENTITY_UNKNOWN}; of
 * writers racing from the same version exactly one wins; a resident's pairings are listed by id,
 * ended ones too.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class CarePairingsContract {

  private static final HashedIdentity ELDER = new HashedIdentity("ab".repeat(32));
  private static final HashedIdentity CHILD = new HashedIdentity("0c".repeat(32));
  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00.123456789Z");

  /** Creates the contract. */
  protected CarePairingsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract CarePairings newPairings();

  /**
   * Returns another instance over the same stored data.
   *
   * @param pairings a store from {@link #newPairings()}
   * @return the other instance (the same for a store that lives only in memory)
   */
  protected abstract CarePairings reopen(CarePairings pairings);

  private static CarePairing byVolunteer(String id, HashedIdentity resident) {
    return CarePairing.pair(
        PairingId.of(id),
        resident,
        CareNeed.LONE_ELDERLY,
        PartyId.of("vol-wang"),
        null,
        ORG,
        "elder-visit",
        BY,
        AT);
  }

  private static void refused(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void a_pairing_with_its_visits_reads_back_equal_also_after_a_reopen() {
    CarePairings pairings = newPairings();
    CarePairing p = byVolunteer("pair-1", ELDER);
    for (int i = 0; i < 250; i++) {
      p.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-" + i), BY, AT);
    }
    CarePairing team =
        CarePairing.pair(
            PairingId.of("pair-2"),
            CHILD,
            CareNeed.LEFT_BEHIND_CHILD,
            null,
            TeamId.of("team-tutors"),
            ORG,
            "tutoring",
            BY,
            AT.plusNanos(1));
    team.end(BY, AT.plusSeconds(86_400));
    pairings.add(p);
    pairings.add(team);
    for (CarePairing x : List.of(p, team)) {
      CarePairingSnapshot expected = x.snapshot().withVersion(1);
      assertThat(pairings.find(x.id()).orElseThrow().snapshot()).isEqualTo(expected);
      assertThat(reopen(pairings).find(x.id()).orElseThrow().snapshot()).isEqualTo(expected);
    }
    assertThat(pairings.find(PairingId.of("none"))).isEmpty();
  }

  @Test
  void updates_check_the_version_and_a_stale_write_changes_nothing() {
    CarePairings pairings = newPairings();
    pairings.add(byVolunteer("pair-1", ELDER));
    refused(
        () -> pairings.add(byVolunteer("pair-1", CHILD)), TimeBankError.TIMEBANK_ENTITY_DUPLICATE);
    CarePairing a = pairings.find(PairingId.of("pair-1")).orElseThrow();
    CarePairing b = reopen(pairings).find(PairingId.of("pair-1")).orElseThrow();
    a.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-a"), BY, AT);
    pairings.update(a);
    b.end(BY, AT.plusSeconds(5));
    refused(() -> reopen(pairings).update(b), TimeBankError.TIMEBANK_VERSION_CONFLICT);
    CarePairingSnapshot stored = pairings.find(PairingId.of("pair-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.visits()).containsExactly(ServiceRecordId.of("rec-a"));
    assertThat(stored.endedAt()).isNull();
    refused(
        () -> pairings.update(byVolunteer("pair-9", ELDER)), TimeBankError.TIMEBANK_ENTITY_UNKNOWN);
    refused(() -> pairings.add(a), TimeBankError.TIMEBANK_VERSION_CONFLICT);
  }

  @Test
  void of_writers_racing_from_the_same_version_exactly_one_wins() {
    CarePairings pairings = newPairings();
    pairings.add(byVolunteer("pair-1", ELDER));
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      CarePairings store = i % 2 == 0 ? pairings : reopen(pairings);
      CarePairing p = store.find(PairingId.of("pair-1")).orElseThrow();
      p.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-w" + i), BY, AT);
      tasks.add(
          () -> {
            store.update(p);
            return null;
          });
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes.stream().filter(Writers.Outcome::succeeded).count()).isEqualTo(1);
    for (Writers.Outcome o : outcomes) {
      if (!o.succeeded()) {
        assertThat(((TimeBankException) o.failure()).error())
            .isEqualTo(TimeBankError.TIMEBANK_VERSION_CONFLICT);
      }
    }
    CarePairingSnapshot stored = pairings.find(PairingId.of("pair-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.visits()).hasSize(1);
  }

  @Test
  void a_residents_pairings_are_listed_by_id_ended_ones_too() {
    CarePairings pairings = newPairings();
    for (int i = 9; i >= 0; i--) {
      CarePairing p = byVolunteer("pair-" + i, i % 3 == 0 ? CHILD : ELDER);
      if (i == 4) {
        p.end(BY, AT.plusSeconds(60));
      }
      pairings.add(p);
    }
    assertThat(reopen(pairings).ofResident(ELDER))
        .extracting(p -> p.id().value())
        .containsExactly("pair-1", "pair-2", "pair-4", "pair-5", "pair-7", "pair-8");
    assertThat(pairings.ofResident(CHILD)).hasSize(4);
    assertThat(pairings.ofResident(new HashedIdentity("ee".repeat(32)))).isEmpty();
  }
}
