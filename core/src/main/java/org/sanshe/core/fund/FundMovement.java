package org.sanshe.core.fund;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;

/**
 * One movement of money in a fund's journal: it debits one account (whose balance goes down) and
 * credits another (whose balance goes up) by the same positive amount. Movements are append-only: a
 * mistake is corrected by a {@link FundMovementKind#REVERSAL} naming the movement it reverses,
 * never by an edit. Each movement names who acted and when, and carries the fund's hash chain after
 * it ({@link FundChain}), binding every field and every earlier movement.
 *
 * <p>Immutable and thread-safe; no component is null. {@code at} is whole milliseconds.
 *
 * @param fund the fund
 * @param seq the position in the fund's journal, from 1 without gaps
 * @param kind what the movement was for
 * @param debited the account whose balance goes down
 * @param credited the account whose balance goes up
 * @param amount the amount, positive
 * @param counterparty who was on the other side ({@link Counterparty#NONE} if nobody)
 * @param actor who recorded it (an actor id)
 * @param at when, in whole milliseconds, never before the fund's previous movement
 * @param reverses the sequence number of the movement this one reverses, or 0
 * @param hash the chain hash after this movement, 64 lower-case hex digits
 */
public record FundMovement(
    FundId fund,
    long seq,
    FundMovementKind kind,
    FundAccountId debited,
    FundAccountId credited,
    Money amount,
    Counterparty counterparty,
    String actor,
    Instant at,
    long reverses,
    String hash) {

  /**
   * Checks the movement's own rules (not the chain: see {@link FundAudit#verify}).
   *
   * @throws FundException with {@code FUND_SNAPSHOT_INVALID} naming the rule, {@code
   *     FUND_AMOUNT_NOT_POSITIVE} or {@code FUND_ACTOR_INVALID}
   */
  public FundMovement {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(debited, "debited");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(hash, "hash");
    FundIds.actor(actor);
    if (seq < 1) {
      throw broken("a movement's sequence number is at least 1", "收支序号至少为 1");
    }
    if (amount.fen() <= 0) {
      throw new FundException(
          FundError.FUND_AMOUNT_NOT_POSITIVE, Wording.of("movement amount", "收支金额"));
    }
    if (debited.equals(credited)) {
      throw broken("a movement debits and credits two different accounts", "收支的借贷账户须不同");
    }
    if ((kind == FundMovementKind.REVERSAL) != (reverses > 0) || reverses < 0 || reverses >= seq) {
      throw broken("a reversal, and only a reversal, names an earlier movement", "只有冲正记录指向更早的收支");
    }
    if (at.getNano() % 1_000_000 != 0) {
      throw broken("a movement's time is whole milliseconds", "收支时间须为整毫秒");
    }
    if (!FundChain.isHash(hash)) {
      throw broken("a chain hash is 64 lower-case hex digits", "链哈希须为 64 位小写十六进制数字");
    }
  }

  /**
   * Tells how this movement changes an account's balance, in fen.
   *
   * @param account the account, not null
   * @return minus the amount if debited, the amount if credited, else 0
   */
  public long effectOn(FundAccountId account) {
    if (debited.equals(account)) {
      return -amount.fen();
    }
    return credited.equals(account) ? amount.fen() : 0;
  }

  private static FundException broken(String english, String chinese) {
    return new FundException(FundError.FUND_SNAPSHOT_INVALID, Wording.of(english, chinese));
  }
}
