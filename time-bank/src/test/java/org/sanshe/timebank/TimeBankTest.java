package org.sanshe.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sanshe.timebank.TimeBankFixture.ELDER;
import static org.sanshe.timebank.TimeBankFixture.ELDER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.GROUP_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.GUARDIAN;
import static org.sanshe.timebank.TimeBankFixture.OPERATOR;
import static org.sanshe.timebank.TimeBankFixture.ORG;
import static org.sanshe.timebank.TimeBankFixture.PROVIDER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.SPOUSE;
import static org.sanshe.timebank.TimeBankFixture.SPOUSE_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.STRANGER;
import static org.sanshe.timebank.TimeBankFixture.STRANGER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER;
import static org.sanshe.timebank.TimeBankFixture.VOLUNTEER_ACCOUNT;
import static org.sanshe.timebank.TimeBankFixture.YOUNG;
import static org.sanshe.timebank.TimeBankFixture.YOUNG_ACCOUNT;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.policy.CreditExpiry;

class TimeBankTest {

  private final TimeBankFixture f = new TimeBankFixture();
  private final TimeBank bank = f.bank;

  private void fund(AccountId account, long minutes) {
    bank.ledger()
        .transfer(
            new TransferRequest(
                TransferId.of("fund-" + account.value() + "-" + bank.ledger().lastSequence()),
                TimeBank.ISSUANCE,
                account,
                TimeCredit.ofMinutes(minutes),
                TransferKind.SERVICE_CREDIT));
  }

  private static void fundIn(TimeBankFixture fixture, AccountId account, long minutes) {
    Ledger ledger = fixture.bank.ledger();
    ledger.transfer(
        new TransferRequest(
            TransferId.of("fund-" + account.value() + "-" + ledger.lastSequence()),
            TimeBank.ISSUANCE,
            account,
            TimeCredit.ofMinutes(minutes),
            TransferKind.SERVICE_CREDIT));
  }

  private void assertRefused(Runnable r, TimeBankError code) {
    assertRefusedIn(bank, r, code);
  }

  private static void assertRefusedIn(TimeBank bank, Runnable r, TimeBankError code) {
    long before = bank.ledger().lastSequence();
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
    assertThat(bank.ledger().lastSequence()).isEqualTo(before);
  }

  private static TimeCredit minutes(long m) {
    return TimeCredit.ofMinutes(m);
  }

  @Test
  void a_holder_gives_to_a_relative_but_not_to_a_stranger_in_nanjing() {
    fund(VOLUNTEER_ACCOUNT, 120);
    bank.give(VOLUNTEER, TransferId.of("g1"), VOLUNTEER_ACCOUNT, SPOUSE_ACCOUNT, minutes(60));
    assertThat(bank.ledger().account(SPOUSE_ACCOUNT).balance()).isEqualTo(minutes(60));
    assertRefused(
        () ->
            bank.give(
                VOLUNTEER, TransferId.of("g2"), VOLUNTEER_ACCOUNT, STRANGER_ACCOUNT, minutes(10)),
        TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE);
  }

  @Test
  void friends_may_receive_gifts_in_shanghai() {
    TimeBankFixture sh = new TimeBankFixture(TimeBankConfiguration.shanghai());
    sh.bank
        .ledger()
        .transfer(
            new TransferRequest(
                TransferId.of("fund"),
                TimeBank.ISSUANCE,
                VOLUNTEER_ACCOUNT,
                minutes(60),
                TransferKind.SERVICE_CREDIT));
    sh.bank.give(VOLUNTEER, TransferId.of("g1"), VOLUNTEER_ACCOUNT, STRANGER_ACCOUNT, minutes(10));
    assertThat(sh.bank.ledger().account(STRANGER_ACCOUNT).balance()).isEqualTo(minutes(10));
    assertThatThrownBy(
            () ->
                sh.bank.give(
                    VOLUNTEER,
                    TransferId.of("g2"),
                    VOLUNTEER_ACCOUNT,
                    TimeBank.ISSUANCE,
                    minutes(10)))
        .hasMessageStartingWith("[TIMEBANK_NOT_AUTHORIZED]");
  }

  @Test
  void a_refusal_names_the_action_and_the_rule_in_each_language_without_the_account() {
    fund(ELDER_ACCOUNT, 120);
    TimeBankException e =
        catchThrowableOfType(
            () ->
                bank.redeem(
                    STRANGER,
                    TransferId.of("r1"),
                    ELDER_ACCOUNT,
                    PROVIDER_ACCOUNT,
                    minutes(30),
                    ELDER),
            TimeBankException.class);
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .contains("兑换时间积分", "既不是账户持有人也不是其监护人")
        .doesNotContain(ELDER_ACCOUNT.toString())
        .doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
    assertThat(e.message(Locale.ENGLISH))
        .contains("redeem credits", "neither the holder nor a guardian")
        .doesNotContain(ELDER_ACCOUNT.toString());
  }

  @Test
  void only_the_holder_or_a_guardian_moves_credits() {
    fund(ELDER_ACCOUNT, 120);
    assertRefused(
        () ->
            bank.redeem(
                STRANGER, TransferId.of("r1"), ELDER_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), ELDER),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    bank.redeem(GUARDIAN, TransferId.of("r2"), ELDER_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), ELDER);
    assertThat(bank.ledger().account(ELDER_ACCOUNT).balance()).isEqualTo(minutes(90));
  }

  @Test
  void group_accounts_may_only_donate() {
    fund(GROUP_ACCOUNT, 600);
    assertRefused(
        () -> bank.give(ORG, TransferId.of("g1"), GROUP_ACCOUNT, VOLUNTEER_ACCOUNT, minutes(10)),
        TimeBankError.TIMEBANK_GROUP_DONATION_ONLY);
    assertRefused(
        () ->
            bank.redeem(
                ORG, TransferId.of("r1"), GROUP_ACCOUNT, PROVIDER_ACCOUNT, minutes(10), ELDER),
        TimeBankError.TIMEBANK_GROUP_DONATION_ONLY);
    bank.donate(ORG, TransferId.of("d1"), GROUP_ACCOUNT, TimeBank.DONATION_POOL, minutes(600));
    assertThat(bank.ledger().account(TimeBank.DONATION_POOL).balance()).isEqualTo(minutes(600));
  }

  @Test
  void redemption_needs_the_age_gate_and_beijing_allows_the_spouse() {
    assertRefused(
        () ->
            bank.redeem(
                VOLUNTEER,
                TransferId.of("r0"),
                VOLUNTEER_ACCOUNT,
                PROVIDER_ACCOUNT,
                minutes(30),
                SPOUSE),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    TimeBankFixture beijing = new TimeBankFixture(TimeBankConfiguration.beijing());
    TimeBank bank = beijing.bank;
    fundIn(beijing, YOUNG_ACCOUNT, 120);
    fundIn(beijing, VOLUNTEER_ACCOUNT, 120);
    assertRefusedIn(
        bank,
        () ->
            bank.redeem(
                YOUNG, TransferId.of("r1"), YOUNG_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), YOUNG),
        TimeBankError.TIMEBANK_REDEMPTION_AGE);
    assertRefusedIn(
        bank,
        () ->
            bank.redeem(
                VOLUNTEER,
                TransferId.of("r2"),
                VOLUNTEER_ACCOUNT,
                PROVIDER_ACCOUNT,
                minutes(30),
                STRANGER),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    bank.redeem(
        VOLUNTEER, TransferId.of("r3"), VOLUNTEER_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), SPOUSE);
    assertThat(bank.ledger().account(PROVIDER_ACCOUNT).balance()).isEqualTo(minutes(30));
    beijing.ages.put(YOUNG, 60);
    bank.redeem(YOUNG, TransferId.of("r4"), YOUNG_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), YOUNG);
  }

  @Test
  void nanjing_stores_at_most_1500_hours_and_donates_the_excess() {
    fund(VOLUNTEER_ACCOUNT, 1_499 * 60);
    fund(VOLUNTEER_ACCOUNT, 120);
    assertThat(bank.ledger().account(VOLUNTEER_ACCOUNT).balance())
        .isEqualTo(TimeCredit.ofHours(1_500));
    assertThat(bank.ledger().account(TimeBank.DONATION_POOL).balance())
        .isEqualTo(TimeCredit.ofHours(1));
  }

  @Test
  void credits_may_expire_when_configured() {
    TimeBankFixture ex =
        new TimeBankFixture(
            TimeBankConfiguration.nanjing().withExpiry(CreditExpiry.after(Period.ofDays(30))));
    ex.bank
        .ledger()
        .transfer(
            new TransferRequest(
                TransferId.of("old"),
                TimeBank.ISSUANCE,
                ELDER_ACCOUNT,
                minutes(60),
                TransferKind.SERVICE_CREDIT));
    ex.clock.advance(Duration.ofDays(31));
    ex.bank
        .ledger()
        .transfer(
            new TransferRequest(
                TransferId.of("new"),
                TimeBank.ISSUANCE,
                ELDER_ACCOUNT,
                minutes(30),
                TransferKind.SERVICE_CREDIT));
    long before = ex.bank.ledger().lastSequence();
    assertThatThrownBy(
            () ->
                ex.bank.redeem(
                    ELDER,
                    TransferId.of("r1"),
                    ELDER_ACCOUNT,
                    PROVIDER_ACCOUNT,
                    minutes(31),
                    ELDER))
        .hasMessageStartingWith("[TIMEBANK_CREDITS_EXPIRED]");
    assertThat(ex.bank.ledger().lastSequence()).isEqualTo(before);
    ex.bank.redeem(ELDER, TransferId.of("r2"), ELDER_ACCOUNT, PROVIDER_ACCOUNT, minutes(30), ELDER);
    assertThat(CreditExpiry.never().validity()).isEmpty();
  }

  @Test
  void only_an_operator_opens_or_freezes_accounts() {
    assertThatThrownBy(
            () -> bank.openAccount(VOLUNTEER, AccountId.of("x"), AccountKind.INDIVIDUAL, VOLUNTEER))
        .hasMessageStartingWith("[TIMEBANK_NOT_AUTHORIZED]");
    assertThat(bank.ledger().hasAccount(AccountId.of("x"))).isFalse();
    bank.freeze(OPERATOR, STRANGER_ACCOUNT);
    assertThatThrownBy(() -> bank.freeze(VOLUNTEER, ELDER_ACCOUNT))
        .hasMessageStartingWith("[TIMEBANK_NOT_AUTHORIZED]");
  }

  @Test
  void a_booked_service_reserves_credits_until_it_is_delivered() {
    fund(ELDER_ACCOUNT, 120);
    bank.reserveRedemption(
        ELDER,
        TransferId.of("book-1"),
        ELDER_ACCOUNT,
        PROVIDER_ACCOUNT,
        minutes(90),
        ELDER,
        Duration.ofDays(1));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).available()).isEqualTo(minutes(30));
    assertRefused(
        () ->
            bank.completeRedemption(
                STRANGER, TransferId.of("book-1-done"), TransferId.of("book-1"), minutes(60)),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    bank.completeRedemption(
        ORG, TransferId.of("book-1-done"), TransferId.of("book-1"), minutes(60));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).balance()).isEqualTo(minutes(60));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).available()).isEqualTo(minutes(60));
    bank.reserveRedemption(
        ELDER,
        TransferId.of("book-2"),
        ELDER_ACCOUNT,
        PROVIDER_ACCOUNT,
        minutes(60),
        ELDER,
        Duration.ofDays(1));
    bank.cancelRedemption(GUARDIAN, TransferId.of("book-2-cancel"), TransferId.of("book-2"));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).available()).isEqualTo(minutes(60));
  }

  @Test
  void a_booked_service_completed_in_full_posts_the_whole_reservation() {
    fund(ELDER_ACCOUNT, 120);
    bank.reserveRedemption(
        ELDER,
        TransferId.of("book-2"),
        ELDER_ACCOUNT,
        PROVIDER_ACCOUNT,
        minutes(90),
        ELDER,
        Duration.ofDays(1));
    assertRefused(
        () ->
            bank.completeRedemption(
                STRANGER, TransferId.of("book-2-done"), TransferId.of("book-2")),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    assertThat(bank.ledger().account(ELDER_ACCOUNT).balance()).isEqualTo(minutes(120));
    bank.completeRedemption(ORG, TransferId.of("book-2-done"), TransferId.of("book-2"));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).balance()).isEqualTo(minutes(30));
    assertThat(bank.ledger().account(ELDER_ACCOUNT).available()).isEqualTo(minutes(30));
  }
}
