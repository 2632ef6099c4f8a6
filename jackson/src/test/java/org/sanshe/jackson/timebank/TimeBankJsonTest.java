package org.sanshe.jackson.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sanshe.jackson.SansheJson;
import org.sanshe.jackson.fixture.LedgerFixture;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;

class TimeBankJsonTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void time_is_minutes_plus_a_display_form_and_reads_back() throws Exception {
    assertThat(mapper.writeValueAsString(TimeCredit.ofMinutes(90)))
        .isEqualTo("{\"minutes\":90,\"display\":\"1h30m\"}");
    assertThat(mapper.readValue("{\"minutes\":90}", TimeCredit.class))
        .isEqualTo(TimeCredit.ofMinutes(90));
    assertThat(mapper.readValue("{\"minutes\":-90,\"display\":\"-1h30m\"}", TimeCredit.class))
        .isEqualTo(TimeCredit.ofMinutes(-90));
    AccountLimits limits =
        AccountLimits.standard()
            .withStorageCap(TimeCredit.ofHours(1500), ExcessPolicy.DIVERT_TO_DONATION_POOL);
    String json = mapper.writeValueAsString(limits);
    assertThat(json)
        .isEqualTo(
            "{\"minimum\":{\"minutes\":0,\"display\":\"0h00m\"},"
                + "\"storageCap\":{\"minutes\":90000,\"display\":\"1500h00m\"},"
                + "\"excessPolicy\":\"DIVERT_TO_DONATION_POOL\"}");
    assertThat(mapper.readValue(json, AccountLimits.class)).isEqualTo(limits);
    assertThat(
            mapper.readValue(
                mapper.writeValueAsString(AccountLimits.unbounded()), AccountLimits.class))
        .isEqualTo(AccountLimits.unbounded());
  }

  @Test
  void transfers_and_accounts_round_trip_without_class_names_or_the_idempotency_key()
      throws Exception {
    Ledger ledger = LedgerFixture.ledger();
    Transfer t = LedgerFixture.credit(ledger, "s1", LedgerFixture.ALICE, 90);
    String json = mapper.writeValueAsString(t);
    assertThat(json)
        .contains("\"id\":\"s1\"")
        .contains("\"amount\":{\"minutes\":90,\"display\":\"1h30m\"}")
        .contains("\"recordedAt\":\"2026-03-01T08:00:00Z\"")
        .doesNotContain("clientKey")
        .doesNotContain("org.sanshe");
    Transfer withoutKey =
        new Transfer(
            t.sequence(),
            t.recordedAt(),
            t.id(),
            0,
            t.kind(),
            t.phase(),
            t.debit(),
            t.credit(),
            t.amount(),
            t.reference());
    assertThat(mapper.readValue(json, Transfer.class)).isEqualTo(withoutKey);
    Account a = ledger.account(LedgerFixture.ALICE);
    assertThat(mapper.readValue(mapper.writeValueAsString(a), Account.class)).isEqualTo(a);
  }

  @Test
  void a_display_form_that_disagrees_or_a_wrong_type_is_refused_without_echo() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"minutes\":90,\"display\":\"2h00m\"}", TimeCredit.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageNotContaining("2h00m");
    assertThatThrownBy(() -> mapper.readValue("\"1h30m\"", TimeCredit.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"minutes\":\"90\"}", TimeCredit.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(
            () -> SansheJson.mapper().readValue("{\"minutes\":90,\"extra\":1}", TimeCredit.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
