package org.sanshe.timebank.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.LedgerFixture;
import org.sanshe.timebank.ledger.Transfer;

class TimeBankModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void values_are_plain_strings_and_read_back() throws Exception {
    assertThat(mapper.writeValueAsString(TimeCredit.ofMinutes(90))).isEqualTo("\"1h30m\"");
    assertThat(mapper.readValue("\"1h30m\"", TimeCredit.class)).isEqualTo(TimeCredit.ofMinutes(90));
    AccountLimits limits =
        AccountLimits.standard()
            .withStorageCap(TimeCredit.ofHours(1500), ExcessPolicy.DIVERT_TO_DONATION_POOL);
    String json = mapper.writeValueAsString(limits);
    assertThat(json)
        .isEqualTo(
            "{\"minimum\":\"0h00m\",\"storageCap\":\"1500h00m\",\"excessPolicy\":\"DIVERT_TO_DONATION_POOL\"}");
    assertThat(mapper.readValue(json, AccountLimits.class)).isEqualTo(limits);
    assertThat(
            mapper.readValue(
                mapper.writeValueAsString(AccountLimits.unbounded()), AccountLimits.class))
        .isEqualTo(AccountLimits.unbounded());
  }

  @Test
  void transfers_and_accounts_round_trip_without_class_names() throws Exception {
    Ledger ledger = LedgerFixture.ledger();
    Transfer t = LedgerFixture.credit(ledger, "s1", LedgerFixture.ALICE, 90);
    String json = mapper.writeValueAsString(t);
    assertThat(json)
        .contains("\"id\":\"s1\"")
        .contains("\"amount\":\"1h30m\"")
        .doesNotContain("org.sanshe");
    assertThat(mapper.readValue(json, Transfer.class)).isEqualTo(t);
    Account a = ledger.account(LedgerFixture.ALICE);
    assertThat(mapper.readValue(mapper.writeValueAsString(a), Account.class)).isEqualTo(a);
  }

  @Test
  void a_bad_value_fails_with_our_code() {
    assertThatThrownBy(() -> mapper.readValue("\"1.5h\"", TimeCredit.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("[TIMEBANK_CREDIT_FORMAT]");
  }
}
