package org.sanshe.timebank.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.service.ServiceRecordId;

class IdentifiersTest {

  @Test
  void ids_are_equal_by_value_and_print_as_their_value() {
    assertThat(AccountId.of("acct-1")).isEqualTo(new AccountId("acct-1")).hasToString("acct-1");
    assertThat(PartyId.of("vol-1")).isEqualTo(new PartyId("vol-1")).hasToString("vol-1");
    assertThat(TransferId.of("t:1")).isEqualTo(new TransferId("t:1")).hasToString("t:1");
    assertThat(ServiceRecordId.of("rec-1"))
        .isEqualTo(new ServiceRecordId("rec-1"))
        .hasToString("rec-1");
    assertThat(AccountId.of("a")).isNotEqualTo(AccountId.of("A"));
    assertThat(AccountId.of(AccountId.of("x.y").toString())).isEqualTo(AccountId.of("x.y"));
  }

  @Test
  void malformed_ids_are_refused() {
    assertThatThrownBy(() -> AccountId.of("")).hasMessageStartingWith("[TIMEBANK_ID_INVALID]");
    assertThatThrownBy(() -> PartyId.of("110105194912310021 张三"))
        .hasMessageStartingWith("[TIMEBANK_ID_INVALID]");
    assertThatThrownBy(() -> TransferId.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void transfer_keys_are_deterministic_and_never_collide_with_numeric_ids() {
    assertThat(TransferId.of("t-1").key()).isEqualTo(TransferId.of("t-1").key()).isNegative();
    assertThat(TransferId.of("t-1").key()).isNotEqualTo(TransferId.of("t-2").key());
  }

  @Test
  void limits_are_values_and_refuse_a_cap_below_the_minimum() {
    AccountLimits a =
        AccountLimits.standard()
            .withStorageCap(
                org.sanshe.timebank.credit.TimeCredit.ofHours(1500), ExcessPolicy.REJECT);
    assertThat(a)
        .isEqualTo(AccountLimits.ofMinutes(0, 90_000, ExcessPolicy.REJECT))
        .hasSameHashCodeAs(AccountLimits.ofMinutes(0, 90_000, ExcessPolicy.REJECT));
    assertThat(a.toString()).isEqualTo("AccountLimits[minimum=0h00m, cap=1500h00m, excess=REJECT]");
    assertThat(AccountLimits.unbounded().hasMinimum()).isFalse();
    assertThatThrownBy(
            () ->
                AccountLimits.of(
                    org.sanshe.timebank.credit.TimeCredit.ofHours(2),
                    org.sanshe.timebank.credit.TimeCredit.ofHours(1),
                    ExcessPolicy.REJECT))
        .hasMessageStartingWith("[LEDGER_LIMITS_INVALID]");
  }
}
