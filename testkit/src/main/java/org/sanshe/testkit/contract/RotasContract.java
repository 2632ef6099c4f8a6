package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.rota.Rota;
import org.sanshe.timebank.rota.RotaId;
import org.sanshe.timebank.rota.RotaMember;
import org.sanshe.timebank.rota.RotaSlot;
import org.sanshe.timebank.rota.RotaSnapshot;
import org.sanshe.timebank.rota.Rotas;
import org.sanshe.timebank.team.TeamId;

/**
 * The contract of the {@link Rotas} port. Extend it with a fresh, empty store per test and a way to
 * open a second instance over the same data (a restarted process or a second server).
 *
 * <p>What it holds a store to: every component of a rota reads back equal (its zone, dates, weekly
 * slots with their local times, lengths, places in any script and members with their accounts, and
 * every swap and absence in the order made), also from a reopened instance; add stores version 1
 * and refuses a taken id or a rota read from a store; update checks the version and refuses a stale
 * one with {@code TIMEBANK_VERSION_CONFLICT}, changing nothing; an update of an unknown rota is
 * refused with {@code TIMEBANK_ENTITY_UNKNOWN}; of writers racing from the same version exactly one
 * wins; a team's rotas are listed by id.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class RotasContract {

  private static final TeamId TEAM = TeamId.of("team-patrol");
  private static final TeamId OTHER_TEAM = TeamId.of("team-other");
  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 2); // a Monday
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00.123456789Z");

  /** Creates the contract. */
  protected RotasContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Rotas newRotas();

  /**
   * Returns another instance over the same stored data.
   *
   * @param rotas a store from {@link #newRotas()}
   * @return the other instance (the same for a store that lives only in memory)
   */
  protected abstract Rotas reopen(Rotas rotas);

  private static RotaMember member(String name) {
    return new RotaMember(PartyId.of("vol-" + name), AccountId.of("acct-" + name));
  }

  private static Rota rota(String id, TeamId team, int slots) {
    List<RotaSlot> pattern = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      pattern.add(
          new RotaSlot(
              DayOfWeek.of(1 + i % 7),
              LocalTime.of(8 + (i / 7) % 12, 30),
              Duration.ofMinutes(90),
              "新城镇 🌿 东门 " + i,
              List.of(member("a" + i), member("b" + i))));
    }
    return Rota.drawUp(
        RotaId.of(id), team, ORG, "patrol", ZONE, FIRST, FIRST.plusDays(90), pattern, BY, AT);
  }

  private static void refused(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void a_rota_with_its_swaps_and_absences_reads_back_equal_also_after_a_reopen() {
    Rotas rotas = newRotas();
    Rota r =
        Rota.drawUp(
            RotaId.of("rota-1"),
            TEAM,
            ORG,
            "patrol",
            ZONE,
            FIRST,
            FIRST.plusDays(Rota.MAX_DAYS - 1),
            List.of(
                new RotaSlot(
                    DayOfWeek.MONDAY,
                    LocalTime.of(7, 15, 30),
                    Duration.ofHours(2),
                    "",
                    List.of(member("wang"), member("li"), member("zhao"))),
                new RotaSlot(
                    DayOfWeek.SUNDAY,
                    LocalTime.of(22, 0),
                    Duration.ofHours(24),
                    "夜间巡查 Night patrol",
                    List.of(member("chen")))),
            BY,
            AT);
    r.swap(FIRST, 0, PartyId.of("vol-wang"), member("sun"), BY, AT.plusSeconds(1));
    r.absent(FIRST.plusDays(7), 0, PartyId.of("vol-li"), BY, AT.plusSeconds(2));
    r.swap(FIRST, 0, PartyId.of("vol-sun"), member("zhou"), BY, AT.plusSeconds(3));
    rotas.add(r);
    RotaSnapshot expected = r.snapshot().withVersion(1);
    assertThat(rotas.find(r.id()).orElseThrow().snapshot()).isEqualTo(expected);
    assertThat(reopen(rotas).find(r.id()).orElseThrow().snapshot()).isEqualTo(expected);
    assertThat(rotas.find(RotaId.of("none"))).isEmpty();

    Rota big = rota("rota-big", TEAM, 120);
    rotas.add(big);
    assertThat(reopen(rotas).find(big.id()).orElseThrow().snapshot())
        .isEqualTo(big.snapshot().withVersion(1));
  }

  @Test
  void updates_check_the_version_and_a_stale_write_changes_nothing() {
    Rotas rotas = newRotas();
    rotas.add(rota("rota-1", TEAM, 3));
    refused(
        () -> rotas.add(rota("rota-1", OTHER_TEAM, 1)), TimeBankError.TIMEBANK_ENTITY_DUPLICATE);
    Rota a = rotas.find(RotaId.of("rota-1")).orElseThrow();
    Rota b = reopen(rotas).find(RotaId.of("rota-1")).orElseThrow();
    a.absent(FIRST, 0, PartyId.of("vol-a0"), BY, AT);
    rotas.update(a);
    b.swap(FIRST, 0, PartyId.of("vol-b0"), member("x"), BY, AT);
    refused(() -> reopen(rotas).update(b), TimeBankError.TIMEBANK_VERSION_CONFLICT);
    RotaSnapshot stored = rotas.find(RotaId.of("rota-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.changes()).hasSize(1).allMatch(c -> c.isAbsence());
    refused(() -> rotas.update(rota("rota-9", TEAM, 1)), TimeBankError.TIMEBANK_ENTITY_UNKNOWN);
    refused(() -> rotas.add(a), TimeBankError.TIMEBANK_VERSION_CONFLICT);
    Rota again = rotas.find(RotaId.of("rota-1")).orElseThrow();
    again.absent(FIRST.plusDays(7), 0, PartyId.of("vol-a0"), BY, AT);
    reopen(rotas).update(again);
    assertThat(rotas.find(RotaId.of("rota-1")).orElseThrow().snapshot())
        .isEqualTo(again.snapshot().withVersion(3));
  }

  @Test
  void of_writers_racing_from_the_same_version_exactly_one_wins() {
    Rotas rotas = newRotas();
    rotas.add(rota("rota-1", TEAM, 6));
    List<Callable<?>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Rotas store = i % 2 == 0 ? rotas : reopen(rotas);
      Rota r = store.find(RotaId.of("rota-1")).orElseThrow();
      r.absent(FIRST.plusDays(i), i, PartyId.of("vol-a" + i), BY, AT);
      tasks.add(
          () -> {
            store.update(r);
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
    RotaSnapshot stored = rotas.find(RotaId.of("rota-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.changes()).hasSize(1);
  }

  @Test
  void a_teams_rotas_are_listed_by_id() {
    Rotas rotas = newRotas();
    for (int i = 11; i >= 0; i--) {
      rotas.add(rota(String.format("rota-%02d", i), i % 4 == 0 ? OTHER_TEAM : TEAM, 1 + i % 3));
    }
    assertThat(reopen(rotas).ofTeam(TEAM))
        .extracting(r -> r.id().value())
        .containsExactly(
            "rota-01", "rota-02", "rota-03", "rota-05", "rota-06", "rota-07", "rota-09", "rota-10",
            "rota-11");
    assertThat(rotas.ofTeam(OTHER_TEAM)).hasSize(3).allMatch(r -> r.version() == 1);
    assertThat(rotas.ofTeam(TeamId.of("nobody"))).isEmpty();
  }

  @Test
  void a_volunteers_rotas_are_listed_by_id_in_pages_swaps_included() {
    Rotas rotas = newRotas();
    for (int i = 0; i < 7; i++) {
      rotas.add(rota(String.format("rota-%02d", i), i % 2 == 0 ? TEAM : OTHER_TEAM, 1 + i % 3));
    }
    // vol-a0 is on slot 0 of every rota; vol-b2 on slot 2 of rota-02 and rota-05 only
    Rota r3 = rotas.find(RotaId.of("rota-03")).orElseThrow();
    r3.swap(FIRST, 0, PartyId.of("vol-b0"), member("b2"), BY, AT);
    rotas.update(r3);
    Rota r6 = rotas.find(RotaId.of("rota-06")).orElseThrow();
    r6.absent(FIRST, 0, PartyId.of("vol-b0"), BY, AT);
    rotas.update(r6);
    Rotas other = reopen(rotas);
    assertThat(other.ofVolunteer(PartyId.of("vol-b2"), null, 10))
        .extracting(r -> r.id().value())
        .containsExactly("rota-02", "rota-03", "rota-05");
    List<String> paged = new ArrayList<>();
    RotaId after = null;
    while (true) {
      List<Rota> page = other.ofVolunteer(PartyId.of("vol-a0"), after, 3);
      page.forEach(r -> paged.add(r.id().value()));
      if (page.size() < 3) {
        break;
      }
      after = page.get(2).id();
    }
    assertThat(paged)
        .containsExactly(
            "rota-00", "rota-01", "rota-02", "rota-03", "rota-04", "rota-05", "rota-06");
    assertThat(rotas.ofVolunteer(PartyId.of("vol-b2"), RotaId.of("rota-03"), 10))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.snapshot())
                    .isEqualTo(rotas.find(RotaId.of("rota-05")).orElseThrow().snapshot()));
    Rota read = other.ofVolunteer(PartyId.of("vol-b2"), RotaId.of("rota-02"), 1).get(0);
    assertThat(read.snapshot())
        .isEqualTo(rotas.find(RotaId.of("rota-03")).orElseThrow().snapshot());
    assertThat(rotas.ofVolunteer(PartyId.of("vol-nobody"), null, 10)).isEmpty();
    for (int max : new int[] {0, 10_001}) {
      assertThatThrownBy(() -> rotas.ofVolunteer(PartyId.of("vol-a0"), null, max))
          .isInstanceOf(SansheException.class);
    }
  }
}
