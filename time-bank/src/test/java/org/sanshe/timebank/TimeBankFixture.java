package org.sanshe.timebank;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.LedgerFixture;
import org.sanshe.timebank.memory.MemoryRoles;
import org.sanshe.timebank.policy.Relationship;
import org.sanshe.timebank.service.ServiceDraft;

/** A Nanjing time bank with a community organization, a coordinator and a few residents. */
public final class TimeBankFixture {

  public static final PartyId OPERATOR = PartyId.of("operator");
  public static final PartyId ORG = PartyId.of("org-yuhuatai-helpers");
  public static final PartyId OTHER_ORG = PartyId.of("org-elsewhere");
  public static final PartyId COORDINATOR = PartyId.of("coord-li");
  public static final PartyId VOLUNTEER = PartyId.of("vol-wang");
  public static final PartyId SPOUSE = PartyId.of("res-wang-spouse");
  public static final PartyId ELDER = PartyId.of("res-zhao");
  public static final PartyId STRANGER = PartyId.of("res-stranger");
  public static final PartyId GUARDIAN = PartyId.of("res-zhao-guardian");
  public static final PartyId YOUNG = PartyId.of("res-young");
  public static final AccountId VOLUNTEER_ACCOUNT = AccountId.of("acct-wang");
  public static final AccountId SPOUSE_ACCOUNT = AccountId.of("acct-wang-spouse");
  public static final AccountId ELDER_ACCOUNT = AccountId.of("acct-zhao");
  public static final AccountId STRANGER_ACCOUNT = AccountId.of("acct-stranger");
  public static final AccountId YOUNG_ACCOUNT = AccountId.of("acct-young");
  public static final AccountId GROUP_ACCOUNT = AccountId.of("acct-group");
  public static final AccountId PROVIDER_ACCOUNT = AccountId.of("acct-provider");

  public final LedgerFixture.MovableClock clock = LedgerFixture.clock();
  public final MemoryRoles roles =
      new MemoryRoles().operator(OPERATOR).coordinator(COORDINATOR, ORG).guardian(GUARDIAN, ELDER);
  public final Map<PartyId, Integer> ages = new HashMap<>();
  public final TimeBank bank;

  public TimeBankFixture() {
    this(TimeBankConfiguration.nanjing());
  }

  public TimeBankFixture(TimeBankConfiguration configuration) {
    ages.put(VOLUNTEER, 45);
    ages.put(SPOUSE, 63);
    ages.put(ELDER, 78);
    ages.put(STRANGER, 70);
    ages.put(YOUNG, 30);
    bank =
        TimeBank.builder(
                Ledger.builder(clock, new org.sanshe.timebank.memory.MemoryLedgerStore()).build(),
                configuration)
            .operator(OPERATOR)
            .roles(roles)
            .kinship(
                (a, b) ->
                    (a.equals(VOLUNTEER) && b.equals(SPOUSE))
                            || (a.equals(SPOUSE) && b.equals(VOLUNTEER))
                        ? Optional.of(Relationship.SPOUSE)
                        : Optional.empty())
            .ages(
                (PartyId p, LocalDate on) ->
                    ages.containsKey(p) ? OptionalInt.of(ages.get(p)) : OptionalInt.empty())
            .ids(IdSource.sequential("rec"))
            .build();
    bank.openAccount(OPERATOR, VOLUNTEER_ACCOUNT, AccountKind.INDIVIDUAL, VOLUNTEER);
    bank.openAccount(OPERATOR, SPOUSE_ACCOUNT, AccountKind.INDIVIDUAL, SPOUSE);
    bank.openAccount(OPERATOR, ELDER_ACCOUNT, AccountKind.INDIVIDUAL, ELDER);
    bank.openAccount(OPERATOR, STRANGER_ACCOUNT, AccountKind.INDIVIDUAL, STRANGER);
    bank.openAccount(OPERATOR, YOUNG_ACCOUNT, AccountKind.INDIVIDUAL, YOUNG);
    bank.openAccount(OPERATOR, GROUP_ACCOUNT, AccountKind.GROUP, ORG);
    bank.openAccount(OPERATOR, PROVIDER_ACCOUNT, AccountKind.PROVIDER, ORG);
  }

  /** A service of the volunteer for the elder, ending some hours before now. */
  public ServiceDraft service(long hoursAgo, long minutes) {
    Instant end = clock.instant().minusSeconds(hoursAgo * 3600);
    return draft(VOLUNTEER, VOLUNTEER_ACCOUNT, end.minusSeconds(minutes * 60), end, ELDER);
  }

  public ServiceDraft draft(
      PartyId volunteer, AccountId account, Instant start, Instant end, PartyId beneficiary) {
    return new ServiceDraft(
        volunteer, account, ORG, "elder-care", null, start, end, "community centre", beneficiary);
  }
}
