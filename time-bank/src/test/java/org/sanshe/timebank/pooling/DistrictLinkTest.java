package org.sanshe.timebank.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.LedgerFixture;
import org.sanshe.timebank.ledger.TransferId;

class DistrictLinkTest {

  private static final DivisionCode YUHUATAI = DivisionCode.parse("320114");
  private static final DivisionCode TIANNING = DivisionCode.parse("320402");
  private final LedgerFixture.MovableClock clock = LedgerFixture.clock();
  private final Ledger nanjing = LedgerFixture.ledger(clock);
  private final Ledger changzhou = LedgerFixture.ledger(clock);
  private final DistrictLink link = new DistrictLink(YUHUATAI, nanjing, TIANNING, changzhou);

  @Test
  void hours_move_between_districts_and_both_ledgers_stay_balanced() {
    LedgerFixture.credit(nanjing, "s1", LedgerFixture.ALICE, 120);
    link.transfer(
        TransferId.of("x1"),
        YUHUATAI,
        LedgerFixture.ALICE,
        LedgerFixture.BOB,
        TimeCredit.ofMinutes(90));
    assertThat(nanjing.account(LedgerFixture.ALICE).balance()).isEqualTo(TimeCredit.ofMinutes(30));
    assertThat(changzhou.account(LedgerFixture.BOB).balance()).isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(nanjing.sumOfBalances()).isZero();
    assertThat(changzhou.sumOfBalances()).isZero();
    assertThat(link.position().mirrored()).isTrue();
    assertThat(link.position().inA()).isEqualTo(TimeCredit.ofMinutes(90));
    link.transfer(
        TransferId.of("x1"),
        YUHUATAI,
        LedgerFixture.ALICE,
        LedgerFixture.BOB,
        TimeCredit.ofMinutes(90));
    assertThat(changzhou.account(LedgerFixture.BOB).balance()).isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(new Audit(nanjing).reconcile().balanced()).isTrue();
    assertThat(new Audit(changzhou).reconcile().balanced()).isTrue();
  }

  @Test
  void a_refusal_in_the_target_district_changes_nothing_in_either_ledger() {
    LedgerFixture.credit(changzhou, "s1", LedgerFixture.BOB, 60);
    LedgerFixture.credit(nanjing, "s1", LedgerFixture.CAROL, 580);
    assertThatThrownBy(
            () ->
                link.transfer(
                    TransferId.of("x2"),
                    TIANNING,
                    LedgerFixture.BOB,
                    LedgerFixture.CAROL,
                    TimeCredit.ofMinutes(50)))
        .hasMessageStartingWith("[LEDGER_STORAGE_CAP]");
    assertThat(changzhou.account(LedgerFixture.BOB).available())
        .isEqualTo(TimeCredit.ofMinutes(60));
    assertThat(changzhou.account(LedgerFixture.BOB).balance()).isEqualTo(TimeCredit.ofMinutes(60));
    assertThat(link.position().inB()).isEqualTo(TimeCredit.ZERO);
    assertThat(nanjing.account(LedgerFixture.CAROL).balance()).isEqualTo(TimeCredit.ofMinutes(580));
    assertThat(new Audit(changzhou).reconcile().balanced()).isTrue();
  }

  @Test
  void a_district_cannot_pool_with_itself() {
    Ledger other = LedgerFixture.ledger(clock);
    assertThatThrownBy(() -> new DistrictLink(YUHUATAI, nanjing, YUHUATAI, other))
        .hasMessageStartingWith("[TIMEBANK_POOLING_DISTRICT]");
    assertThatThrownBy(
            () ->
                link.transfer(
                    TransferId.of("x"),
                    DivisionCode.parse("110101"),
                    LedgerFixture.ALICE,
                    LedgerFixture.BOB,
                    TimeCredit.ofMinutes(1)))
        .hasMessageStartingWith("[TIMEBANK_POOLING_DISTRICT]");
    assertThat(nanjing.hasAccount(DistrictLink.clearingAccount(TIANNING))).isTrue();
    other.open(AccountId.of("z"), AccountKind.INDIVIDUAL, AccountLimits.standard());
  }
}
