package org.sanshe.timebank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountHolders;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.Certificates;
import org.sanshe.timebank.audit.StarLevelPolicy;
import org.sanshe.timebank.authorization.Authorization;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.ledger.TransferKind;
import org.sanshe.timebank.ledger.TransferPhase;
import org.sanshe.timebank.ledger.TransferRequest;
import org.sanshe.timebank.memory.MemoryAccountHolders;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.memory.MemoryServiceRecords;
import org.sanshe.timebank.policy.Ages;
import org.sanshe.timebank.policy.GiftPolicy;
import org.sanshe.timebank.policy.Kinship;
import org.sanshe.timebank.service.ServiceRecording;
import org.sanshe.timebank.service.ServiceRecords;

/**
 * A community time bank (时间银行): the ledger with its holders, the local configuration, the
 * authorization rule and the policies, behind commands that each name who acts. Opens its own
 * issuance account and community donation pool, unless the ledger already has them: a time bank
 * over a ledger restored from its store ({@link Ledger.Builder#build()} over a non-empty journal)
 * continues with the accounts the journal holds and the holders the {@link AccountHolders} register
 * holds, so that after a restart nothing is opened twice.
 *
 * <p>Gifts, donations and redemptions need the holder or the holder's guardian; gifts follow the
 * {@link GiftPolicy} through the {@link Kinship} port; group accounts may only donate; redemptions
 * follow the age gate through the {@link Ages} port and the credit expiry. A refused command
 * changes nothing and throws a {@link TimeBankException} that says why.
 *
 * <p>Thread-safe: the ledger serializes its own commands, the holder register is thread-safe, and
 * the policies are immutable. A policy check and the ledger command that follows it are not one
 * atomic step; the ledger's own limits are enforced atomically.
 */
public final class TimeBank {

  /** The issuance account every time bank opens. */
  public static final AccountId ISSUANCE = AccountId.of("issuance");

  /** The community donation pool every time bank opens. */
  public static final AccountId DONATION_POOL = AccountId.of("donation-pool");

  private final Ledger ledger;
  private final TimeBankConfiguration configuration;
  private final Authorization authorization;
  private final Kinship kinship;
  private final Ages ages;
  private final Clock clock;
  private final AccountHolders holders;
  private final ServiceRecording services;
  private final Certificates certificates;
  private final Audit audit;

  /**
   * Wires the parts the {@link Builder} checked. Over a ledger that already has the issuance
   * account and the donation pool (restored from its journal) nothing is opened again.
   */
  private TimeBank(
      Ledger ledger,
      TimeBankConfiguration configuration,
      PartyId operator,
      Roles roles,
      Kinship kinship,
      Ages ages,
      IdSource ids,
      ServiceRecords records,
      AccountHolders holders) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.holders = Objects.requireNonNull(holders, "holders");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(operator, "operator");
    this.authorization = new Authorization(roles);
    this.kinship = Objects.requireNonNull(kinship, "kinship");
    this.ages = Objects.requireNonNull(ages, "ages");
    this.clock = ledger.clock();
    if (!ledger.hasAccount(ISSUANCE)) {
      ledger.open(ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    }
    if (!ledger.hasAccount(DONATION_POOL)) {
      ledger.open(DONATION_POOL, AccountKind.COMMUNITY_POOL, AccountLimits.standard());
    }
    ledger.designateDonationPool(DONATION_POOL);
    this.holders.register(ISSUANCE, operator);
    this.holders.register(DONATION_POOL, operator);
    this.services =
        ServiceRecording.builder()
            .ledger(ledger)
            .issuance(ISSUANCE)
            .records(records)
            .authorization(authorization)
            .pricing(configuration.pricing())
            .rules(configuration.recording())
            .ids(ids)
            .clock(clock)
            .holders(this.holders)
            .build();
    this.certificates =
        Certificates.builder()
            .records(records)
            .authorization(authorization)
            .numbers(ids)
            .clock(clock)
            .zone(configuration.zone())
            .build();
    this.audit = new Audit(ledger);
  }

  /**
   * Starts a time bank with named parts, the way to build one without positional arguments:
   *
   * <pre>{@code
   * TimeBank bank = TimeBank.builder(ledger, TimeBankConfiguration.nanjing())
   *     .operator(streetOffice)
   *     .roles(roles)
   *     .kinship(kinship)
   *     .ages(ages)
   *     .serviceRecords(records)   // required when the ledger's store is a database
   *     .accountHolders(holders)   // required when the ledger's store is a database
   *     .build();
   * }</pre>
   *
   * @param ledger a new or restored ledger, not null
   * @param configuration the local configuration, not null
   * @return the builder
   */
  public static Builder builder(Ledger ledger, TimeBankConfiguration configuration) {
    return new Builder(ledger, configuration);
  }

  /**
   * Builds a {@link TimeBank}. The operator, roles, kinship and ages are required; the id source
   * defaults to random UUIDs. Service records and account holders default to new in-memory stores
   * only over a ledger kept in memory ({@link MemoryLedgerStore}): over any other store they must
   * be given, so that a restart never loses them. Not thread-safe; build once.
   */
  public static final class Builder {

    private final Ledger ledger;
    private final TimeBankConfiguration configuration;
    private PartyId operator;
    private Roles roles;
    private Kinship kinship;
    private Ages ages;
    private IdSource ids = IdSource.randomUuids();
    private ServiceRecords records;
    private AccountHolders holders;

    private Builder(Ledger ledger, TimeBankConfiguration configuration) {
      this.ledger = Objects.requireNonNull(ledger, "ledger");
      this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * Sets the party that operates the bank and holds its issuance account and donation pool.
     *
     * @param operator the operator, not null
     * @return this builder
     */
    public Builder operator(PartyId operator) {
      this.operator = Objects.requireNonNull(operator, "operator");
      return this;
    }

    /**
     * Sets who may act (coordinators, guardians, operators).
     *
     * @param roles the roles port, not null
     * @return this builder
     */
    public Builder roles(Roles roles) {
      this.roles = Objects.requireNonNull(roles, "roles");
      return this;
    }

    /**
     * Sets how parties are related, for gifts and redemption by a spouse.
     *
     * @param kinship the kinship port, not null
     * @return this builder
     */
    public Builder kinship(Kinship kinship) {
      this.kinship = Objects.requireNonNull(kinship, "kinship");
      return this;
    }

    /**
     * Sets residents' ages (and special hardship), for the redemption gates.
     *
     * @param ages the ages port, not null
     * @return this builder
     */
    public Builder ages(Ages ages) {
      this.ages = Objects.requireNonNull(ages, "ages");
      return this;
    }

    /**
     * Sets the source of service-record and certificate ids (default: random UUIDs).
     *
     * @param ids the id source, not null
     * @return this builder
     */
    public Builder ids(IdSource ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Sets the store of service records.
     *
     * @param records the store, not null
     * @return this builder
     */
    public Builder serviceRecords(ServiceRecords records) {
      this.records = Objects.requireNonNull(records, "records");
      return this;
    }

    /**
     * Sets the register of account holders.
     *
     * @param holders the register, not null
     * @return this builder
     */
    public Builder accountHolders(AccountHolders holders) {
      this.holders = Objects.requireNonNull(holders, "holders");
      return this;
    }

    /**
     * Builds the time bank, opening its issuance account and donation pool unless the ledger has
     * them.
     *
     * @return the time bank
     * @throws NullPointerException naming the first required part not set
     * @throws TimeBankException {@code TIMEBANK_STORE_NOT_DURABLE} when the ledger's store is not a
     *     {@link MemoryLedgerStore} and the service records or account holders were not given
     */
    public TimeBank build() {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(roles, "roles");
      Objects.requireNonNull(kinship, "kinship");
      Objects.requireNonNull(ages, "ages");
      boolean inMemory = ledger.store() instanceof MemoryLedgerStore;
      if (!inMemory && records == null) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_STORE_NOT_DURABLE, Wording.of("service records", "服务记录"));
      }
      if (!inMemory && holders == null) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_STORE_NOT_DURABLE, Wording.of("account holders", "账户持有人登记"));
      }
      return new TimeBank(
          ledger,
          configuration,
          operator,
          roles,
          kinship,
          ages,
          ids,
          records == null ? new MemoryServiceRecords() : records,
          holders == null ? new MemoryAccountHolders() : holders);
    }
  }

  /**
   * Opens an account for a holder; individual accounts get the configured limits. The holder is
   * recorded first, then the account opened, so a retry after a crash in between completes the
   * opening; opening an existing account again for the same holder with the same kind returns it.
   *
   * @param actor an operator, not null
   * @param id the account id, not null
   * @param kind the kind, not null
   * @param holder who holds it, not null
   * @return the account
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED} or a ledger code
   */
  public Account openAccount(PartyId actor, AccountId id, AccountKind kind, PartyId holder) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(kind, "kind");
    authorization.mayAdminister(actor).orThrow();
    AccountLimits limits =
        switch (kind) {
          case INDIVIDUAL -> configuration.individualLimits();
          case ISSUANCE, CLEARING -> AccountLimits.unbounded();
          default -> AccountLimits.standard();
        };
    Objects.requireNonNull(id, "id");
    PartyId recorded = holders.register(id, holder);
    if (!recorded.equals(holder)) {
      throw new TimeBankException(TimeBankError.LEDGER_ACCOUNT_EXISTS, id);
    }
    if (ledger.hasAccount(id)) {
      Account existing = ledger.account(id);
      if (existing.kind() == kind && existing.limits().equals(limits)) {
        return existing; // a retry after a crash between the register and the ledger
      }
      throw new TimeBankException(TimeBankError.LEDGER_ACCOUNT_EXISTS, id);
    }
    return ledger.open(id, kind, limits);
  }

  /**
   * Freezes an account.
   *
   * @param actor an operator, not null
   * @param id the account, not null
   * @return the account
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED} or a ledger code
   */
  public Account freeze(PartyId actor, AccountId id) {
    authorization.mayAdminister(actor).orThrow();
    return ledger.freeze(id);
  }

  /**
   * Returns the holder of an account.
   *
   * @param id the account, not null
   * @return the holder
   * @throws TimeBankException {@code LEDGER_ACCOUNT_UNKNOWN} if unknown
   */
  public PartyId holderOf(AccountId id) {
    return holders
        .holderOf(Objects.requireNonNull(id, "id"))
        .orElseThrow(() -> new TimeBankException(TimeBankError.LEDGER_ACCOUNT_UNKNOWN, id));
  }

  /**
   * Gives credits to another holder (a relative, or a friend where allowed).
   *
   * @param actor the holder or guardian of the giving account, not null
   * @param id the transfer id, not null
   * @param from the giving account, not null
   * @param to the receiving account, not null
   * @param amount the amount, not null
   * @return the transfer
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code
   *     TIMEBANK_GROUP_DONATION_ONLY}, {@code TIMEBANK_GIFT_NOT_RELATIVE} or a ledger code
   */
  public Transfer give(
      PartyId actor, TransferId id, AccountId from, AccountId to, TimeCredit amount) {
    PartyId giver = holderOf(from);
    PartyId receiver = holderOf(to);
    authorization.mayMoveCreditsOf(actor, giver, Wording.of("give credits", "赠与时间积分")).orThrow();
    configuration.gifts().decide(ledger.account(from).kind(), giver, receiver, kinship).orThrow();
    if (ledger.account(to).kind() != AccountKind.INDIVIDUAL) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          Wording.of("give credits", "赠与时间积分"),
          Wording.of("the receiving account is no individual account", "接收账户不是个人账户"));
    }
    return ledger.transfer(new TransferRequest(id, from, to, amount, TransferKind.GIFT));
  }

  /**
   * Donates credits to a pool or fund.
   *
   * @param actor the holder or guardian of the giving account, not null
   * @param id the transfer id, not null
   * @param from the giving account, not null
   * @param pool a community pool or guarantee fund, not null
   * @param amount the amount, not null
   * @return the transfer
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED} or a ledger code
   */
  public Transfer donate(
      PartyId actor, TransferId id, AccountId from, AccountId pool, TimeCredit amount) {
    authorization
        .mayMoveCreditsOf(actor, holderOf(from), Wording.of("donate credits", "捐赠时间积分"))
        .orThrow();
    AccountKind kind = ledger.account(pool).kind();
    if (kind != AccountKind.COMMUNITY_POOL && kind != AccountKind.GUARANTEE_FUND) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          Wording.of("donate credits", "捐赠时间积分"),
          Wording.of("the receiving account is no pool or fund", "接收账户不是互助池或保障基金"));
    }
    return ledger.transfer(new TransferRequest(id, from, pool, amount, TransferKind.DONATION));
  }

  /**
   * Redeems credits for a service received by the holder or (where allowed) the holder's spouse.
   *
   * @param actor the holder or guardian of the paying account, not null
   * @param id the transfer id, not null
   * @param from the paying account, not null
   * @param provider the account of the service provider, not null
   * @param amount the amount, not null
   * @param beneficiary who receives the service, not null
   * @return the transfer
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code
   *     TIMEBANK_GROUP_DONATION_ONLY}, {@code TIMEBANK_REDEMPTION_AGE}, {@code
   *     TIMEBANK_CREDITS_EXPIRED} or a ledger code
   */
  public Transfer redeem(
      PartyId actor,
      TransferId id,
      AccountId from,
      AccountId provider,
      TimeCredit amount,
      PartyId beneficiary) {
    checkRedemption(actor, from, amount, beneficiary);
    return ledger.transfer(
        new TransferRequest(id, from, provider, amount, TransferKind.REDEMPTION));
  }

  /**
   * Reserves credits when a service is booked; post or void it later through the ledger, or let it
   * expire.
   *
   * @param actor the holder or guardian of the paying account, not null
   * @param id the reservation id, not null
   * @param from the paying account, not null
   * @param provider the account of the service provider, not null
   * @param amount the amount, not null
   * @param beneficiary who receives the service, not null
   * @param timeout how long the reservation holds, not null
   * @return the pending transfer
   * @throws TimeBankException as {@link #redeem}
   */
  public Transfer reserveRedemption(
      PartyId actor,
      TransferId id,
      AccountId from,
      AccountId provider,
      TimeCredit amount,
      PartyId beneficiary,
      Duration timeout) {
    checkRedemption(actor, from, amount, beneficiary);
    return ledger.reserve(
        new TransferRequest(id, from, provider, amount, TransferKind.REDEMPTION), timeout);
  }

  /**
   * Completes a booked service: posts its reservation in full or in part (the rest is released).
   *
   * @param actor the holder of the provider account, or the payer or the payer's guardian, not null
   * @param id the id of this command, not null
   * @param reservation the reservation's id, not null
   * @param amount the amount delivered, not null; at most the reservation
   * @return the post entry
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code LEDGER_PENDING_UNKNOWN} or
   *     another ledger code
   */
  public Transfer completeRedemption(
      PartyId actor, TransferId id, TransferId reservation, TimeCredit amount) {
    Objects.requireNonNull(amount, "amount");
    checkReservationParty(actor, reservation, Wording.of("complete a booked service", "完成已预约的服务"));
    return ledger.post(id, reservation, amount);
  }

  /**
   * Completes a booked service in full: posts its whole reservation.
   *
   * @param actor the holder of the provider account, or the payer or the payer's guardian, not null
   * @param id the id of this command, not null
   * @param reservation the reservation's id, not null
   * @return the post entry
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code LEDGER_PENDING_UNKNOWN} or
   *     another ledger code
   */
  public Transfer completeRedemption(PartyId actor, TransferId id, TransferId reservation) {
    checkReservationParty(actor, reservation, Wording.of("complete a booked service", "完成已预约的服务"));
    return ledger.post(id, reservation);
  }

  /**
   * Cancels a booked service: voids its reservation.
   *
   * @param actor the holder of the provider account, or the payer or the payer's guardian, not null
   * @param id the id of this command, not null
   * @param reservation the reservation's id, not null
   * @return the void entry
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code LEDGER_PENDING_UNKNOWN} or
   *     another ledger code
   */
  public Transfer cancelRedemption(PartyId actor, TransferId id, TransferId reservation) {
    checkReservationParty(actor, reservation, Wording.of("cancel a booked service", "取消已预约的服务"));
    return ledger.voidReservation(id, reservation);
  }

  private void checkReservationParty(PartyId actor, TransferId reservation, Wording action) {
    Objects.requireNonNull(actor, "actor");
    Transfer pending = ledger.find(Objects.requireNonNull(reservation, "reservation"));
    if (pending == null || pending.phase() != TransferPhase.PENDING) {
      throw new TimeBankException(TimeBankError.LEDGER_PENDING_UNKNOWN, reservation);
    }
    if (actor.equals(holderOf(pending.credit()))) {
      return;
    }
    authorization.mayMoveCreditsOf(actor, holderOf(pending.debit()), action).orThrow();
  }

  private void checkRedemption(
      PartyId actor, AccountId from, TimeCredit amount, PartyId beneficiary) {
    Objects.requireNonNull(amount, "amount");
    PartyId holder = holderOf(from);
    authorization.mayMoveCreditsOf(actor, holder, Wording.of("redeem credits", "兑换时间积分")).orThrow();
    Account account = ledger.account(from);
    configuration.gifts().mayRedeem(account.kind(), holder).orThrow();
    LocalDate today = LocalDate.ofInstant(clock.instant(), configuration.zone());
    configuration.redemption().decide(holder, beneficiary, today, ages, kinship).orThrow();
    Optional<Instant> since =
        configuration.expiry().validSince(clock.instant(), configuration.zone());
    if (since.isPresent()) {
      long unexpired = Math.min(account.balance().toMinutes(), receivedSince(account, since.get()));
      if (amount.toMinutes() > unexpired) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_CREDITS_EXPIRED, configuration.expiry().validity().get());
      }
    }
  }

  private long receivedSince(Account account, Instant since) {
    long cutoff = since.toEpochMilli();
    int number = account.number();
    long[] sum = new long[1];
    byte posted = TransferPhase.POSTED.code();
    byte postPending = TransferPhase.POST_PENDING.code();
    ledger.scanAccount(
        number,
        (seq, ts, debit, credit, amount, kind, phase, ref) -> {
          if (ts < cutoff) {
            return false;
          }
          if (credit == number && (phase == posted || phase == postPending)) {
            sum[0] = Math.addExact(sum[0], amount);
          }
          return true;
        });
    return sum[0];
  }

  /**
   * Rates a volunteer account's verified service with the configured thresholds.
   *
   * @param account the account, not null
   * @return the rating
   */
  public StarLevelPolicy.StarRating starRating(AccountId account) {
    return audit.starRating(account, configuration.stars());
  }

  /**
   * Returns the service-record workflow.
   *
   * @return the workflow
   */
  public ServiceRecording services() {
    return services;
  }

  /**
   * Returns the certificate issuer.
   *
   * @return the issuer
   */
  public Certificates certificates() {
    return certificates;
  }

  /**
   * Returns the audit.
   *
   * @return the audit
   */
  public Audit audit() {
    return audit;
  }

  /**
   * Returns the ledger.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public TimeBankConfiguration configuration() {
    return configuration;
  }
}
