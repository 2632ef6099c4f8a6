package org.sanshe.timebank.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ELDER;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.TransferKind;

class ServiceRecordingTest {

  private final TimeBankFixture f = new TimeBankFixture();
  private final ServiceRecording services = f.bank.services();

  private void assertRefused(Runnable r, TimeBankError code) {
    long before = f.bank.ledger().lastSequence();
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
    assertThat(f.bank.ledger().lastSequence()).isEqualTo(before);
  }

  @Test
  void verification_credits_the_hours_served_from_the_issuance_account() {
    ServiceRecord r = services.record(COORDINATOR, f.service(2, 90)).record();
    assertThat(r.status()).isEqualTo(ServiceStatus.RECORDED);
    assertThat(f.bank.ledger().account(VOLUNTEER_ACCOUNT).balance()).isEqualTo(TimeCredit.ZERO);
    ServiceEvent.ServiceVerified v = services.verify(COORDINATOR, r.id());
    assertThat(v.credit().kind()).isEqualTo(TransferKind.SERVICE_CREDIT);
    assertThat(v.credit().debit()).isEqualTo(TimeBank.ISSUANCE);
    assertThat(f.bank.ledger().account(VOLUNTEER_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(v.record().status()).isEqualTo(ServiceStatus.VERIFIED);
    assertThat(v.record().verifiedBy()).isEqualTo(COORDINATOR);
    assertRefused(() -> services.verify(COORDINATOR, r.id()), TimeBankError.TIMEBANK_SERVICE_STATE);
  }

  @Test
  void service_is_credited_only_to_an_account_the_volunteer_or_the_serving_team_holds() {
    java.time.Instant end = f.clock.instant();
    java.time.Instant start = end.minusSeconds(3600);
    for (AccountId other :
        java.util.List.of(
            TimeBank.ISSUANCE,
            TimeBankFixture.SPOUSE_ACCOUNT,
            TimeBankFixture.PROVIDER_ACCOUNT,
            TimeBankFixture.GROUP_ACCOUNT)) {
      int before = services.records().ofVolunteer(VOLUNTEER).size();
      assertThatThrownBy(
              () -> services.record(COORDINATOR, f.draft(VOLUNTEER, other, start, end, ELDER)))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_SERVICE_ACCOUNT))
          .hasMessageNotContaining(other.value());
      assertThat(services.records().ofVolunteer(VOLUNTEER)).hasSize(before);
    }
    // the team served as a group: its group account is credited
    ServiceRecord group =
        services
            .record(
                COORDINATOR,
                f.draft(TimeBankFixture.ORG, TimeBankFixture.GROUP_ACCOUNT, start, end, ELDER))
            .record();
    services.verify(COORDINATOR, group.id());
    assertThat(f.bank.ledger().account(TimeBankFixture.GROUP_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofHours(1));
  }

  @Test
  void only_a_coordinator_of_the_recording_organization_records_or_verifies() {
    assertThatThrownBy(() -> services.record(VOLUNTEER, f.service(2, 60)))
        .hasMessageStartingWith("[TIMEBANK_NOT_AUTHORIZED]");
    ServiceRecord r = services.record(COORDINATOR, f.service(2, 60)).record();
    f.roles.coordinator(PartyId.of("coord-other"), TimeBankFixture.OTHER_ORG);
    assertRefused(
        () -> services.verify(PartyId.of("coord-other"), r.id()),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    assertThat(services.require(r.id()).status()).isEqualTo(ServiceStatus.RECORDED);
  }

  @Test
  void a_volunteer_cannot_log_two_overlapping_services() {
    services.record(COORDINATOR, f.service(3, 120));
    assertThatThrownBy(() -> services.record(COORDINATOR, f.service(2, 90)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_OVERLAP]");
    services.record(COORDINATOR, f.service(1, 60));
  }

  @Test
  void service_on_one_day_may_not_exceed_the_daily_maximum() {
    Instant dayStart = Instant.parse("2026-02-27T00:00:00Z");
    services.record(
        COORDINATOR,
        f.draft(VOLUNTEER, VOLUNTEER_ACCOUNT, dayStart, dayStart.plus(Duration.ofHours(8)), ELDER));
    assertThatThrownBy(
            () ->
                services.record(
                    COORDINATOR,
                    f.draft(
                        VOLUNTEER,
                        VOLUNTEER_ACCOUNT,
                        dayStart.plus(Duration.ofHours(9)),
                        dayStart.plus(Duration.ofHours(13)).plusSeconds(60),
                        ELDER)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_DAILY_MAXIMUM]");
    services.record(
        COORDINATOR,
        f.draft(
            VOLUNTEER,
            VOLUNTEER_ACCOUNT,
            dayStart.plus(Duration.ofHours(9)),
            dayStart.plus(Duration.ofHours(13)),
            ELDER));
  }

  @Test
  void nothing_in_the_future_nothing_outside_the_window_nobody_serves_themselves() {
    Instant now = f.clock.instant();
    assertThatThrownBy(
            () ->
                services.record(
                    COORDINATOR,
                    f.draft(
                        VOLUNTEER,
                        VOLUNTEER_ACCOUNT,
                        now.minusSeconds(600),
                        now.plusSeconds(60),
                        ELDER)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_IN_FUTURE]");
    Instant old = now.minus(Duration.ofDays(31));
    assertThatThrownBy(
            () ->
                services.record(
                    COORDINATOR,
                    f.draft(VOLUNTEER, VOLUNTEER_ACCOUNT, old.minusSeconds(3600), old, ELDER)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_OUTSIDE_WINDOW]");
    assertThatThrownBy(
            () ->
                services.record(
                    COORDINATOR,
                    f.draft(VOLUNTEER, VOLUNTEER_ACCOUNT, now.minusSeconds(3600), now, VOLUNTEER)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_SELF_BENEFICIARY]");
    assertThatThrownBy(
            () ->
                services.record(
                    COORDINATOR,
                    f.draft(
                        VOLUNTEER,
                        VOLUNTEER_ACCOUNT,
                        now.minusSeconds(60),
                        now.minusSeconds(60),
                        ELDER)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_PERIOD_INVALID]");
    assertThat(services.records().ofVolunteer(VOLUNTEER)).isEmpty();
  }

  @Test
  void a_correction_reverses_and_re_enters_and_edits_nothing() {
    ServiceRecord r = services.record(COORDINATOR, f.service(5, 120)).record();
    services.verify(COORDINATOR, r.id());
    ServiceEvent.ServiceCorrected c = services.correct(COORDINATOR, r.id(), f.service(5, 90));
    assertThat(c.transfers()).extracting(t -> t.amount().toMinutes()).containsExactly(120L, 90L);
    assertThat(c.transfers()).allMatch(t -> t.kind() == TransferKind.CORRECTION);
    assertThat(f.bank.ledger().account(VOLUNTEER_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofMinutes(90));
    ServiceRecord original = services.require(r.id());
    assertThat(original.status()).isEqualTo(ServiceStatus.CORRECTED);
    assertThat(original.draft()).isEqualTo(r.draft());
    assertThat(original.credited()).isEqualTo(TimeCredit.ofMinutes(120));
    assertThat(original.correctedBy()).isEqualTo(c.correction().id());
    assertThat(c.correction().corrects()).isEqualTo(r.id());
    assertThat(f.bank.audit().verifiedService(VOLUNTEER_ACCOUNT))
        .isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(services.records().ofVolunteer(VOLUNTEER)).hasSize(2);
  }

  @Test
  void hours_already_given_away_cannot_be_reversed_and_the_record_stays_verified() {
    ServiceRecord r = services.record(COORDINATOR, f.service(5, 120)).record();
    services.verify(COORDINATOR, r.id());
    f.bank.give(
        VOLUNTEER,
        org.sanshe.timebank.ledger.TransferId.of("gift"),
        VOLUNTEER_ACCOUNT,
        TimeBankFixture.SPOUSE_ACCOUNT,
        TimeCredit.ofMinutes(100));
    long before = f.bank.ledger().lastSequence();
    assertThatThrownBy(() -> services.correct(COORDINATOR, r.id(), f.service(5, 90)))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_LINKED_TRANSFER_FAILED));
    assertThat(f.bank.ledger().lastSequence()).isEqualTo(before);
    assertThat(services.require(r.id()).status()).isEqualTo(ServiceStatus.VERIFIED);
    assertThat(services.records().ofVolunteer(VOLUNTEER)).hasSize(1);
  }

  @Test
  void pricing_per_item_wins_over_the_category_rate() {
    TimeBankFixture priced =
        new TimeBankFixture(
            org.sanshe.timebank.TimeBankConfiguration.nanjing()
                .withPricing(
                    org.sanshe.timebank.policy.PricingPolicy.none()
                        .withCategoryRate("elder-care", 90)
                        .withItemPrice("haircut", TimeCredit.ofMinutes(45))));
    ServiceRecord r = priced.bank.services().record(COORDINATOR, priced.service(2, 60)).record();
    assertThat(priced.bank.services().verify(COORDINATOR, r.id()).credit().amount())
        .isEqualTo(TimeCredit.ofMinutes(90));
    ServiceDraft base = priced.service(4, 30);
    ServiceDraft haircut =
        new ServiceDraft(
            base.volunteer(),
            base.volunteerAccount(),
            base.organization(),
            "hair",
            "haircut",
            base.start(),
            base.end(),
            base.place(),
            base.beneficiary());
    ServiceRecord h = priced.bank.services().record(COORDINATOR, haircut).record();
    assertThat(priced.bank.services().verify(COORDINATOR, h.id()).credit().amount())
        .isEqualTo(TimeCredit.ofMinutes(45));
    ServiceDraft other =
        new ServiceDraft(
            base.volunteer(),
            base.volunteerAccount(),
            base.organization(),
            "gardening",
            null,
            base.start().minusSeconds(7200),
            base.end().minusSeconds(7200),
            base.place(),
            null);
    ServiceRecord g = priced.bank.services().record(COORDINATOR, other).record();
    long before = priced.bank.ledger().lastSequence();
    assertThatThrownBy(() -> priced.bank.services().verify(COORDINATOR, g.id()))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_UNPRICED]");
    assertThat(priced.bank.ledger().lastSequence()).isEqualTo(before);
  }
}
