package org.sanshe.timebank.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.StarLevelPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.policy.CreditExpiry;
import org.sanshe.timebank.policy.PricingPolicy;

/**
 * Policies and options an integrator configures (perhaps from an administration screen) refuse a
 * value against their rules with a coded error that names the rule in both languages, never with a
 * raw JDK exception.
 */
class ConfigurationRefusalsTest {

  private static TimeBankException refused(ThrowingCallable call, TimeBankError code) {
    TimeBankException e = catchThrowableOfType(TimeBankException.class, call);
    assertThat(e).as("refused with a coded error").isNotNull();
    assertThat(e.error()).isEqualTo(code);
    assertThat(e.getMessage()).isNotBlank();
    assertThat(e.message(Locale.CHINA)).isNotEqualTo(e.message(Locale.ENGLISH));
    return e;
  }

  @Test
  void policies_refuse_values_against_their_rules() {
    PricingPolicy pricing = PricingPolicy.hourForHour();
    refused(() -> CreditExpiry.after(Period.ZERO), TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(() -> CreditExpiry.after(Period.ofDays(-1)), TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(() -> pricing.withCategoryRate("care", 0), TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(
        () -> pricing.withItemPrice("meal", TimeCredit.ZERO),
        TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(() -> StarLevelPolicy.of(List.of()), TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(
        () -> StarLevelPolicy.of(List.of(TimeCredit.ofHours(10), TimeCredit.ofHours(10))),
        TimeBankError.TIMEBANK_POLICY_INVALID);
    refused(
        () ->
            Ledger.builder(new TimeBankFixture().clock, new MemoryLedgerStore())
                .checkpointEvery(-1),
        TimeBankError.TIMEBANK_POLICY_INVALID);
  }

  @Test
  void the_rules_refused_name_what_they_require() {
    TimeBankException e =
        refused(
            () -> StarLevelPolicy.of(List.of(TimeCredit.ofHours(20), TimeCredit.ofHours(10))),
            TimeBankError.TIMEBANK_POLICY_INVALID);
    assertThat(e.message(Locale.ENGLISH)).contains("strictly ascending");
    assertThat(e.message(Locale.CHINA)).contains("严格递增");
  }

  @Test
  void a_statement_period_that_ends_before_it_starts_is_refused() {
    TimeBankFixture f = new TimeBankFixture();
    Audit audit = new Audit(f.bank.ledger());
    Instant now = f.clock.instant();
    refused(
        () -> audit.statement(TimeBankFixture.VOLUNTEER_ACCOUNT, now, now.minusSeconds(1)),
        TimeBankError.TIMEBANK_STATEMENT_PERIOD_INVALID);
    assertThat(audit.statement(TimeBankFixture.VOLUNTEER_ACCOUNT, now, now).lines()).isEmpty();
  }
}
