package org.sanshe.timebank.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ORG;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.VolunteeringFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.memory.MemoryCarePairings;
import org.sanshe.timebank.memory.MemoryVolunteerTeams;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.VolunteerTeam;

class CareDeskTest {

  static final HashedIdentity ELDER = new HashedIdentity("ab".repeat(32));

  private final VolunteeringFixture f = new VolunteeringFixture();
  private final MemoryCarePairings pairings = new MemoryCarePairings();
  private final MemoryVolunteerTeams teams = new MemoryVolunteerTeams();
  private final CareDesk desk =
      CareDesk.builder()
          .pairings(pairings)
          .teams(teams)
          .services(f.base.bank.services())
          .roles(f.base.roles)
          .clock(f.base.clock)
          .build();

  private static void refused(Runnable r, TimeBankError code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
  }

  @Test
  void a_visit_becomes_verified_service_for_the_hashed_resident() {
    PartyId wang = f.volunteer("wang");
    PairingId id = PairingId.of("pair-1");
    CarePairing p =
        desk.pair(COORDINATOR, id, ELDER, CareNeed.LONE_ELDERLY, wang, null, ORG, "elder-care");
    assertThat(p.toString()).doesNotContain(ELDER.hex());
    Instant end = f.now().minus(Duration.ofHours(1));
    ServiceRecord r =
        desk.recordVisit(
            COORDINATOR,
            id,
            wang,
            VolunteeringFixture.account(wang),
            end.minus(Duration.ofMinutes(45)),
            end,
            "Community centre");
    assertThat(r.draft().beneficiary()).isEqualTo(PartyId.ofResident(ELDER));
    assertThat(f.balance(wang)).isEqualTo(45);
    assertThat(pairings.find(id).orElseThrow().visits()).containsExactly(r.id());
    // the same visit again is the same record, credited once
    desk.recordVisit(
        COORDINATOR,
        id,
        wang,
        VolunteeringFixture.account(wang),
        end.minus(Duration.ofMinutes(45)),
        end,
        "Community centre");
    assertThat(f.balance(wang)).isEqualTo(45);
    assertThat(pairings.find(id).orElseThrow().visits()).hasSize(1);
    PartyId li = f.volunteer("li");
    refused(
        () ->
            desk.recordVisit(
                COORDINATOR,
                id,
                li,
                VolunteeringFixture.account(li),
                end.minus(Duration.ofMinutes(45)),
                end,
                ""),
        TimeBankError.TIMEBANK_PAIRING_VISITOR);
    desk.end(COORDINATOR, id);
    refused(
        () ->
            desk.recordVisit(
                COORDINATOR,
                id,
                wang,
                VolunteeringFixture.account(wang),
                end.minus(Duration.ofMinutes(10)),
                end.plus(Duration.ofMinutes(10)),
                ""),
        TimeBankError.TIMEBANK_PAIRING_ENDED);
    assertThat(pairings.ofResident(ELDER)).hasSize(1);
  }

  @Test
  void a_paired_team_visits_through_its_members() {
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    VolunteerTeam t =
        VolunteerTeam.form(
            TeamId.of("team-1"),
            "关爱小分队",
            DivisionCode.parse("330411102001"),
            ORG,
            wang,
            COORDINATOR,
            f.now());
    teams.add(t);
    PairingId id = PairingId.of("pair-2");
    desk.pair(COORDINATOR, id, ELDER, CareNeed.LEFT_BEHIND_CHILD, null, t.id(), ORG, "child-care");
    Instant end = f.now().minus(Duration.ofHours(1));
    desk.recordVisit(
        COORDINATOR,
        id,
        wang,
        VolunteeringFixture.account(wang),
        end.minus(Duration.ofMinutes(30)),
        end,
        "");
    refused(
        () ->
            desk.recordVisit(
                COORDINATOR,
                id,
                li,
                VolunteeringFixture.account(li),
                end.minus(Duration.ofMinutes(30)),
                end,
                ""),
        TimeBankError.TIMEBANK_PAIRING_VISITOR);
    refused(
        () ->
            desk.pair(
                COORDINATOR,
                PairingId.of("pair-3"),
                ELDER,
                CareNeed.DISABLED,
                wang,
                t.id(),
                ORG,
                "care"),
        TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(
        () ->
            desk.pair(
                wang, PairingId.of("pair-3"), ELDER, CareNeed.DISABLED, wang, null, ORG, "care"),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    refused(
        () ->
            desk.pair(
                COORDINATOR,
                PairingId.of("pair-3"),
                ELDER,
                CareNeed.DISABLED,
                PartyId.ofResident(ELDER),
                null,
                ORG,
                "care"),
        TimeBankError.TIMEBANK_SERVICE_SELF_BENEFICIARY);
    assertThat(pairings.find(PairingId.of("pair-3"))).isEmpty();
  }
}
