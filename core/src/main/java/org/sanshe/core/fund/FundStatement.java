package org.sanshe.core.fund;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;

/**
 * A statement of one account of a fund over a period {@code [from, to)}: the opening balance (every
 * movement before {@code from}), the movements in the period in journal order, and the closing
 * balance. The constructor checks that the closing balance is the opening balance plus the
 * movements and that every movement touches the account and lies in the period.
 *
 * <p>Immutable and thread-safe (the list is copied); no component is null.
 *
 * @param fund the fund
 * @param account the account
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param opening the balance at {@code from}
 * @param movements the movements in the period that debit or credit the account
 * @param closing the balance at {@code to}
 */
public record FundStatement(
    FundId fund,
    FundAccountId account,
    Instant from,
    Instant to,
    Money opening,
    List<FundMovement> movements,
    Money closing) {

  /**
   * Checks the statement adds up.
   *
   * @throws FundException with {@code FUND_SNAPSHOT_INVALID} naming the rule, or {@code
   *     FUND_QUERY_INVALID} for a period that ends before it starts
   */
  public FundStatement {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
    Funds.checkPeriod(from, to);
    movements = List.copyOf(movements);
    long running = opening.fen();
    long fromMs = Funds.ceilMillis(from);
    long toMs = Funds.ceilMillis(to);
    for (FundMovement m : movements) {
      long effect = m.effectOn(account);
      long at = m.at().toEpochMilli();
      if (effect == 0 || at < fromMs || at >= toMs || !m.fund().equals(fund)) {
        throw new FundException(
            FundError.FUND_SNAPSHOT_INVALID,
            Wording.of(
                "a statement lists only the account's movements in its period",
                "对账单只列出该账户在期间内的收支"));
      }
      try {
        running = Math.addExact(running, effect);
      } catch (ArithmeticException e) {
        throw new FundException(
            FundError.FUND_SNAPSHOT_INVALID,
            Wording.of(
                "the closing balance is the opening plus the movements", "期末余额须等于期初余额加本期收支"));
      }
    }
    if (running != closing.fen()) {
      throw new FundException(
          FundError.FUND_SNAPSHOT_INVALID,
          Wording.of("the closing balance is the opening plus the movements", "期末余额须等于期初余额加本期收支"));
    }
  }

  /**
   * Returns the total credited to the account in the period.
   *
   * @return the sum of credits
   */
  public Money credits() {
    Money sum = Money.ZERO;
    for (FundMovement m : movements) {
      if (m.credited().equals(account)) {
        sum = sum.plus(m.amount());
      }
    }
    return sum;
  }

  /**
   * Returns the total debited from the account in the period.
   *
   * @return the sum of debits
   */
  public Money debits() {
    Money sum = Money.ZERO;
    for (FundMovement m : movements) {
      if (m.debited().equals(account)) {
        sum = sum.plus(m.amount());
      }
    }
    return sum;
  }
}
