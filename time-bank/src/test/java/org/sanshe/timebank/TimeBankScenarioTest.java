package org.sanshe.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ELDER;
import static org.sanshe.timebank.TimeBankFixture.ELDER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.ORG;
import static org.sanshe.timebank.TimeBankFixture.PROVIDER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.SPOUSE;
import static org.sanshe.timebank.TimeBankFixture.SPOUSE_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.timebank.audit.ServiceCertificate;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.LedgerEvent;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.service.ServiceRecord;

/**
 * A volunteer serves an elder for a month, a record is corrected, the volunteer gives hours to the
 * spouse, the spouse redeems a booked service, a certificate is issued, and the auditor finds the
 * books sound.
 */
class TimeBankScenarioTest {

  @Test
  void a_month_of_service_from_recording_to_certificate() {
    TimeBankFixture f = new TimeBankFixture();
    TimeBank bank = f.bank;
    Instant start = f.clock.instant();

    // twenty services of 2 hours, one a day, recorded and verified by the organization
    ServiceRecord first = null;
    for (int day = 0; day < 20; day++) {
      ServiceRecord r = bank.services().record(COORDINATOR, f.service(2, 120)).record();
      bank.services().verify(COORDINATOR, r.id());
      first = first == null ? r : first;
      f.clock.advance(Duration.ofDays(1));
    }
    assertThat(bank.ledger().account(VOLUNTEER_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofHours(40));

    // the first record was 30 minutes too long: reversed and re-entered
    bank.services().correct(COORDINATOR, first.id(), f.service(24 * 20 + 2, 90));
    assertThat(bank.ledger().account(VOLUNTEER_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofHoursAndMinutes(39, 30));

    // a gift to the spouse, who books a service and has it delivered in part
    bank.give(
        VOLUNTEER,
        TransferId.of("gift-1"),
        VOLUNTEER_ACCOUNT,
        SPOUSE_ACCOUNT,
        TimeCredit.ofHours(10));
    bank.reserveRedemption(
        SPOUSE,
        TransferId.of("book-1"),
        SPOUSE_ACCOUNT,
        PROVIDER_ACCOUNT,
        TimeCredit.ofHours(3),
        SPOUSE,
        Duration.ofDays(2));
    f.clock.advance(Duration.ofDays(1));
    bank.completeRedemption(
        ORG, TransferId.of("book-1-done"), TransferId.of("book-1"), TimeCredit.ofHours(2));
    assertThat(bank.ledger().account(SPOUSE_ACCOUNT).balance()).isEqualTo(TimeCredit.ofHours(8));
    assertThat(bank.ledger().account(PROVIDER_ACCOUNT).balance()).isEqualTo(TimeCredit.ofHours(2));

    // the elder's own redemption after being credited through the organization
    bank.ledger()
        .transfer(
            new org.sanshe.timebank.ledger.TransferRequest(
                TransferId.of("elder-fund"),
                TimeBank.ISSUANCE,
                ELDER_ACCOUNT,
                TimeCredit.ofHours(1),
                org.sanshe.timebank.ledger.TransferKind.SERVICE_CREDIT));
    bank.redeem(
        ELDER,
        TransferId.of("elder-r1"),
        ELDER_ACCOUNT,
        PROVIDER_ACCOUNT,
        TimeCredit.ofHours(1),
        ELDER);

    // statements, stars, certificate
    Statement statement = bank.audit().statement(VOLUNTEER_ACCOUNT, start, f.clock.instant());
    assertThat(statement.opening()).isEqualTo(TimeCredit.ZERO);
    assertThat(statement.closing()).isEqualTo(TimeCredit.ofHoursAndMinutes(29, 30));
    assertThat(statement.lines()).hasSize(23);
    assertThat(bank.starRating(VOLUNTEER_ACCOUNT).stars()).isZero();
    assertThat(bank.audit().verifiedService(VOLUNTEER_ACCOUNT))
        .isEqualTo(TimeCredit.ofHoursAndMinutes(39, 30));
    assertThat(bank.audit().verifiedService(SPOUSE_ACCOUNT)).isEqualTo(TimeCredit.ZERO);

    ServiceCertificate certificate =
        bank.certificates()
            .issue(
                COORDINATOR,
                ORG,
                VOLUNTEER,
                "王小明",
                ResidentIdNumber.parse("11010519491231002X"),
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 31));
    assertThat(certificate.maskedName()).isEqualTo("王**");
    assertThat(certificate.maskedIdNumber()).doesNotContain("19491231");
    assertThat(certificate.total()).isEqualTo(TimeCredit.ofHoursAndMinutes(39, 30));
    assertThat(certificate.lines())
        .extracting(ServiceCertificate.Line::organization, ServiceCertificate.Line::month)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ORG, YearMonth.of(2026, 3)));
    assertThat(certificate.number()).startsWith("rec-");
    assertThat(certificate.toString()).doesNotContain("王小明").doesNotContain("11010519491231002X");
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    try {
      String json = mapper.writeValueAsString(certificate);
      assertThat(json).contains("\"month\":\"2026-03\"").doesNotContain("王小明");
      assertThat(mapper.readValue(json, ServiceCertificate.class)).isEqualTo(certificate);
      assertThat(mapper.readValue(mapper.writeValueAsString(statement), Statement.class))
          .isEqualTo(statement);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                bank.certificates()
                    .issue(
                        VOLUNTEER,
                        ORG,
                        VOLUNTEER,
                        "王小明",
                        ResidentIdNumber.parse("11010519491231002X"),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 3, 31)))
        .hasMessageStartingWith("[TIMEBANK_NOT_AUTHORIZED]");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                bank.certificates()
                    .issue(
                        COORDINATOR,
                        ORG,
                        VOLUNTEER,
                        "王小明",
                        ResidentIdNumber.parse("11010519491231002X"),
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 2, 1)))
        .hasMessageStartingWith("[TIMEBANK_CERTIFICATE_PERIOD_INVALID]")
        .hasMessageNotContaining("2026");

    // the auditor: the chain verifies, the books reconcile, events read in the past tense
    assertThat(bank.audit().verify().intact()).isTrue();
    assertThat(bank.audit().reconcile().balanced()).isTrue();
    List<LedgerEvent> events = bank.ledger().events(1, 1_000);
    long transfers =
        java.util.stream.StreamSupport.stream(
                org.sanshe.timebank.audit.Audit.paged(bank.ledger().store()).spliterator(), false)
            .filter(e -> !org.sanshe.timebank.ledger.AccountChange.isAccountChange(e.phase()))
            .count();
    assertThat(events).hasSize((int) transfers);
    assertThat(events).anyMatch(e -> e instanceof LedgerEvent.ReservationPosted);
  }
}
