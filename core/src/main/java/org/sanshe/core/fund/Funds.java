package org.sanshe.core.fund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanshe.core.error.Wording;

/**
 * The port where funds are kept: each fund's state (a {@link FundSnapshot}, versioned) and its
 * append-only journal of {@link FundMovement}s, written together. A store writes a save's pending
 * movements and the fund's new state in one critical section or transaction, with the save's events
 * to its outbox if it has one, or writes nothing.
 *
 * <p>Reads for other parts of an integration (a programme's budget reading where its money came
 * from, a report): movements by fund in journal order, by fund and period, by counterparty (a
 * project or an organization) and period, and statements per account and period.
 *
 * <p>Implementations are thread-safe and pass {@code org.sanshe.testkit.contract.FundsContract}.
 * Arguments are never null.
 */
public interface Funds {

  /** The most movements one page or one statement holds: {@value}. */
  int MAX_MOVEMENTS = 100_000;

  /**
   * Stores a new fund (version 0) as version 1, with its pending movements and events.
   *
   * @param fund the fund
   * @throws FundException with {@code FUND_DUPLICATE} if the id is taken, or {@code
   *     FUND_VERSION_CONFLICT} if the fund is not new
   */
  void add(Fund fund);

  /**
   * Stores a fund loaded at version {@code v} as version {@code v + 1}, appending its pending
   * movements to the journal.
   *
   * @param fund the fund
   * @throws FundException with {@code FUND_NOT_FOUND}, or {@code FUND_VERSION_CONFLICT} if another
   *     save came first (nothing is written)
   */
  void update(Fund fund);

  /**
   * Finds a fund.
   *
   * @param id the fund
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Fund> find(FundId id);

  /**
   * Returns the ids of all funds, ascending.
   *
   * @return the ids
   */
  List<FundId> ids();

  /**
   * Returns a page of a fund's journal in sequence order.
   *
   * @param fund the fund
   * @param afterSeq the last sequence number of the previous page (0 for the first page)
   * @param max the most movements to return, 1 to {@link #MAX_MOVEMENTS}
   * @return the movements with sequence numbers above {@code afterSeq}
   * @throws FundException with {@code FUND_QUERY_INVALID}
   */
  List<FundMovement> journal(FundId fund, long afterSeq, int max);

  /**
   * Returns a fund's movements in a period {@code [from, to)}, in journal order.
   *
   * @param fund the fund
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the movements
   * @throws FundException with {@code FUND_QUERY_INVALID}, or {@code FUND_STATEMENT_TOO_LARGE} when
   *     more than {@link #MAX_MOVEMENTS} would be returned
   */
  List<FundMovement> movements(FundId fund, Instant from, Instant to);

  /**
   * Returns the movements of every fund with a counterparty (such as a project or an organization
   * receiving grants) in a period {@code [from, to)}, ordered by fund and sequence number.
   *
   * @param counterparty the counterparty
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the movements
   * @throws FundException with {@code FUND_QUERY_INVALID} or {@code FUND_STATEMENT_TOO_LARGE}
   */
  List<FundMovement> movementsWith(Counterparty counterparty, Instant from, Instant to);

  /**
   * Returns the statement of one account of a fund over a period {@code [from, to)}.
   *
   * @param fund the fund
   * @param account the account
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the statement
   * @throws FundException with {@code FUND_NOT_FOUND}, {@code FUND_ACCOUNT_UNKNOWN}, {@code
   *     FUND_QUERY_INVALID} or {@code FUND_STATEMENT_TOO_LARGE}
   */
  FundStatement statement(FundId fund, FundAccountId account, Instant from, Instant to);

  /**
   * Checks a period: both ends given, {@code from} not after {@code to}.
   *
   * @param from the start
   * @param to the end
   * @throws FundException with {@code FUND_QUERY_INVALID}
   */
  static void checkPeriod(Instant from, Instant to) {
    if (from == null || to == null || from.isAfter(to)) {
      throw new FundException(
          FundError.FUND_QUERY_INVALID,
          Wording.of("a period has a start not after its end", "期间的开始不能晚于结束"));
    }
  }

  /**
   * Checks a page request.
   *
   * @param afterSeq the last sequence number seen
   * @param max the page size
   * @throws FundException with {@code FUND_QUERY_INVALID}
   */
  static void checkPage(long afterSeq, int max) {
    if (afterSeq < 0 || max < 1 || max > MAX_MOVEMENTS) {
      throw new FundException(
          FundError.FUND_QUERY_INVALID,
          Wording.of(
              "a page starts at a sequence number of 0 or more and holds 1 to " + MAX_MOVEMENTS,
              "分页须从不小于 0 的序号开始，每页 1 至 " + MAX_MOVEMENTS + " 条"));
    }
  }

  /**
   * Returns the first whole millisecond at or after an instant, clamped to the range of {@code
   * long} milliseconds: a movement (whole milliseconds) is at or after {@code t} exactly when its
   * epoch millisecond is at least this. Stores use it to turn a period into indexable bounds.
   *
   * @param t the instant
   * @return the ceiling in epoch milliseconds
   */
  static long ceilMillis(Instant t) {
    if (t.getEpochSecond() >= Long.MAX_VALUE / 1000 - 1) {
      return Long.MAX_VALUE;
    }
    if (t.getEpochSecond() <= Long.MIN_VALUE / 1000 + 1) {
      return Long.MIN_VALUE;
    }
    long ms = t.toEpochMilli();
    return t.getNano() % 1_000_000 == 0 ? ms : ms + 1;
  }
}
