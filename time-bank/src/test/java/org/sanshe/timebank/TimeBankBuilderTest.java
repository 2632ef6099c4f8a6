package org.sanshe.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.memory.MemoryAccountHolders;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.memory.MemoryRoles;
import org.sanshe.timebank.memory.MemoryServiceRecords;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.store.LedgerStore;

class TimeBankBuilderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
  private static final PartyId OPERATOR = PartyId.of("street-office");

  private static TimeBank.Builder parts(Ledger ledger) {
    return TimeBank.builder(ledger, TimeBankConfiguration.nanjing())
        .operator(OPERATOR)
        .roles(new MemoryRoles().operator(OPERATOR))
        .kinship((a, b) -> Optional.empty())
        .ages((p, on) -> OptionalInt.of(70))
        .ids(IdSource.sequential("rec"));
  }

  @Test
  void a_bank_over_a_memory_ledger_needs_only_the_named_parts() {
    TimeBank bank = parts(Ledger.builder(CLOCK, new MemoryLedgerStore()).build()).build();
    assertThat(bank.ledger().hasAccount(TimeBank.ISSUANCE)).isTrue();
    bank.openAccount(OPERATOR, AccountId.of("acct-a"), AccountKind.INDIVIDUAL, PartyId.of("a"));
    assertThat(bank.ledger().hasAccount(AccountId.of("acct-a"))).isTrue();
  }

  @Test
  void a_bank_over_a_durable_store_refuses_registers_kept_only_in_memory() {
    Ledger ledger = Ledger.builder(CLOCK, elsewhere(new MemoryLedgerStore())).build();
    assertThatThrownBy(() -> parts(ledger).build())
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_STORE_NOT_DURABLE))
        .hasMessageContaining("service records");
    assertThatThrownBy(() -> parts(ledger).serviceRecords(new MemoryServiceRecords()).build())
        .hasMessageContaining("account holders");
    TimeBank bank =
        parts(ledger)
            .serviceRecords(new MemoryServiceRecords())
            .accountHolders(new MemoryAccountHolders())
            .build();
    assertThat(bank.ledger()).isSameAs(ledger);
  }

  @Test
  void a_missing_required_part_is_named() {
    Ledger ledger = Ledger.builder(CLOCK, new MemoryLedgerStore()).build();
    assertThatThrownBy(() -> TimeBank.builder(ledger, TimeBankConfiguration.nanjing()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("operator");
    assertThatThrownBy(
            () ->
                TimeBank.builder(ledger, TimeBankConfiguration.nanjing())
                    .operator(OPERATOR)
                    .roles(new MemoryRoles())
                    .kinship((a, b) -> Optional.empty())
                    .build())
        .hasMessage("ages");
  }

  @Test
  void a_draft_built_by_name_equals_the_positional_one() {
    PartyId volunteer = PartyId.of("volunteer-wang");
    AccountId account = AccountId.of("acct-wang");
    PartyId org = PartyId.of("org-1");
    Instant start = Instant.parse("2026-11-30T01:00:00Z");
    Instant end = Instant.parse("2026-11-30T02:00:00Z");
    assertThat(
            ServiceDraft.builder(volunteer, account, org)
                .category("elder-care")
                .between(start, end)
                .place("community centre")
                .beneficiary(PartyId.of("resident-zhao"))
                .build())
        .isEqualTo(
            new ServiceDraft(
                volunteer,
                account,
                org,
                "elder-care",
                null,
                start,
                end,
                "community centre",
                PartyId.of("resident-zhao")));
    assertThat(
            ServiceDraft.builder(volunteer, account, org)
                .category("elder-care")
                .item("visit-60")
                .between(start, end)
                .build())
        .isEqualTo(
            new ServiceDraft(
                volunteer, account, org, "elder-care", "visit-60", start, end, "", null));
    assertThatThrownBy(
            () -> ServiceDraft.builder(volunteer, account, org).between(start, end).build())
        .hasMessage("category");
    assertThatThrownBy(() -> ServiceDraft.builder(volunteer, account, org).category("x").build())
        .hasMessage("start");
  }

  /** A store that is not a {@link MemoryLedgerStore}, as a database store would be. */
  private static LedgerStore elsewhere(MemoryLedgerStore delegate) {
    return (LedgerStore)
        Proxy.newProxyInstance(
            LedgerStore.class.getClassLoader(),
            new Class<?>[] {LedgerStore.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
