package org.sanshe.core.fund;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.sanshe.core.money.Money;

/**
 * Runs fund commands against a {@link Funds} store: load, command, update. When another writer
 * saved the fund in between ({@code FUND_VERSION_CONFLICT}), the desk loads it again and runs the
 * command again, up to {@value #ATTEMPTS} times with a short growing pause, so that two servers
 * granting from one fund at once never overdraw it: the second grant is decided against the first
 * one's balance. A refused command (any other {@link FundException}) is not retried and changes
 * nothing. The {@code expectedVersion} overload runs once, refusing a fund that moved on since the
 * caller read it.
 *
 * <p>Thread-safe if the store is; holds no state of its own. Arguments are never null.
 */
public final class FundDesk {

  /** How often a command is tried when other writers keep winning. */
  public static final int ATTEMPTS = 8;

  private final Funds funds;
  private final Clock clock;

  /**
   * Creates a desk.
   *
   * @param funds the store
   * @param clock the clock stamping movements
   */
  public FundDesk(Funds funds, Clock clock) {
    this.funds = Objects.requireNonNull(funds, "funds");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Opens and stores a new fund.
   *
   * @param id the fund
   * @param kind its kind
   * @param name its name
   * @param actor who opens it
   * @return the stored fund
   * @throws FundException with {@code FUND_DUPLICATE} and the codes of {@link Fund#open}
   */
  public Fund open(FundId id, FundKind kind, String name, String actor) {
    Fund f = Fund.open(id, kind, name, actor, clock.instant());
    funds.add(f);
    return funds.find(id).orElseThrow(() -> new FundException(FundError.FUND_NOT_FOUND, id));
  }

  /**
   * Runs a command on a fund with optimistic retries.
   *
   * @param <T> what the command returns
   * @param id the fund
   * @param command the command, given the loaded fund and the clock's time; it may run more than
   *     once, each time on a freshly loaded fund
   * @return what the command returned on the attempt that was stored
   * @throws FundException with {@code FUND_NOT_FOUND}, the command's own codes, or {@code
   *     FUND_VERSION_CONFLICT} after {@value #ATTEMPTS} lost races
   */
  public <T> T execute(FundId id, BiFunction<Fund, Instant, T> command) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(command, "command");
    for (int attempt = 1; ; attempt++) {
      Fund f = load(id);
      T result = command.apply(f, clock.instant());
      try {
        funds.update(f);
        return result;
      } catch (FundException e) {
        if (e.errorCode() != FundError.FUND_VERSION_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
        pause(attempt, e);
      }
    }
  }

  /**
   * Runs a command once on a fund the caller read at a version.
   *
   * @param <T> what the command returns
   * @param id the fund
   * @param expectedVersion the version the caller read
   * @param command the command
   * @return what the command returned
   * @throws FundException with {@code FUND_VERSION_CONFLICT} if the fund is at another version
   */
  public <T> T execute(FundId id, long expectedVersion, BiFunction<Fund, Instant, T> command) {
    Objects.requireNonNull(command, "command");
    Fund f = load(id);
    if (f.version() != expectedVersion) {
      throw new FundException(FundError.FUND_VERSION_CONFLICT, id, expectedVersion, f.version());
    }
    T result = command.apply(f, clock.instant());
    funds.update(f);
    return result;
  }

  /**
   * Grants from a community foundation (see {@link Fund#grant}).
   *
   * @param id the fund
   * @param amount the amount
   * @param recipient an organization or a project
   * @param actor who grants
   * @return the movement
   */
  public FundMovement grant(FundId id, Money amount, Counterparty recipient, String actor) {
    return execute(id, (f, now) -> f.grant(amount, recipient, actor, now));
  }

  /**
   * Records a donation (see {@link Fund#donate}).
   *
   * @param id the fund
   * @param amount the amount
   * @param donor the donor
   * @param actor who records it
   * @return the movement
   */
  public FundMovement donate(FundId id, Money amount, Counterparty donor, String actor) {
    return execute(id, (f, now) -> f.donate(amount, donor, actor, now));
  }

  /**
   * Lends to a member (see {@link Fund#lend}).
   *
   * @param id the fund
   * @param member the member
   * @param amount the amount
   * @param actor who records it
   * @return the movement
   */
  public FundMovement lend(FundId id, MemberId member, Money amount, String actor) {
    return execute(id, (f, now) -> f.lend(member, amount, actor, now));
  }

  /**
   * Collects a service fee (see {@link Fund#collectServiceFee}).
   *
   * @param id the fund
   * @param fee the fee
   * @param payer who paid
   * @param actor who records it
   * @return the movements
   */
  public List<FundMovement> collectServiceFee(
      FundId id, Money fee, Counterparty payer, String actor) {
    return execute(id, (f, now) -> f.collectServiceFee(fee, payer, actor, now));
  }

  /**
   * Reverses a movement of the fund's journal by its sequence number (see {@link Fund#reverse}).
   *
   * @param id the fund
   * @param seq the movement to reverse
   * @param actor who reverses it
   * @return the reversal
   * @throws FundException with {@code FUND_REVERSAL_INVALID} if the journal has no such movement
   */
  public FundMovement reverse(FundId id, long seq, String actor) {
    if (seq < 1) {
      throw new FundException(
          FundError.FUND_REVERSAL_INVALID,
          org.sanshe.core.error.Wording.of(
              "the movement is not in this fund's journal", "该笔收支不在本基金的流水中"));
    }
    List<FundMovement> page = funds.journal(id, seq - 1, 1);
    if (page.isEmpty() || page.get(0).seq() != seq) {
      throw new FundException(
          FundError.FUND_REVERSAL_INVALID,
          org.sanshe.core.error.Wording.of(
              "the movement is not in this fund's journal", "该笔收支不在本基金的流水中"));
    }
    FundMovement original = page.get(0);
    return execute(id, (f, now) -> f.reverse(original, actor, now));
  }

  private Fund load(FundId id) {
    return funds.find(id).orElseThrow(() -> new FundException(FundError.FUND_NOT_FOUND, id));
  }

  private static void pause(int attempt, FundException conflict) {
    try {
      Thread.sleep(Math.min(50L, 1L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw conflict;
    }
  }

  @Override
  public String toString() {
    return "FundDesk[" + funds + "]";
  }
}
