package org.sanshe.core.fund;

import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;

/**
 * The share of a mutual-aid fund's service fees that goes to community welfare, in basis points
 * (1/100 of a percent), and the exact split of a fee in fen.
 *
 * <p><b>Rounding rule.</b> The welfare share of a fee is rounded <em>up</em> to the fen, and the
 * remainder (the fee minus the welfare share) stays in the pool: welfare never receives less than
 * its share, the pool receives at most one fen less than its exact part, and the two always sum to
 * the fee. For a fee of 0.01 yuan at 70%, welfare receives 0.01 and the pool 0.00.
 *
 * <p>Immutable and thread-safe.
 *
 * @param basisPoints the share, 0 to 10000
 */
public record WelfareShare(int basisPoints) {

  /**
   * 70% of service fees to community welfare: the chamber-of-commerce mutual-aid fund in Xincheng's
   * field report (issue 18; DOMAIN.md section 2, "a mutual-aid fund gives 70% of its service fees
   * to public welfare"). A local figure: configure your own.
   */
  public static final WelfareShare XINCHENG_MUTUAL_AID = new WelfareShare(7000);

  /**
   * Checks the range.
   *
   * @throws FundException with {@code FUND_SHARE_INVALID}
   */
  public WelfareShare {
    if (basisPoints < 0 || basisPoints > 10_000) {
      throw new FundException(FundError.FUND_SHARE_INVALID, Wording.of("welfare share", "公益比例"));
    }
  }

  /**
   * Splits a fee.
   *
   * @param fee the fee, positive
   * @return the welfare share (rounded up) and the pool's remainder, summing to the fee
   * @throws FundException with {@code FUND_AMOUNT_NOT_POSITIVE}
   */
  public Split split(Money fee) {
    if (fee == null || fee.fen() <= 0) {
      throw new FundException(FundError.FUND_AMOUNT_NOT_POSITIVE, Wording.of("service fee", "服务费"));
    }
    // fee < 2^63 and basisPoints <= 10^4: the product can overflow a long, so divide first
    long fen = fee.fen();
    long whole = fen / 10_000;
    long rest = fen % 10_000;
    long welfare = whole * basisPoints + ceilDiv(rest * basisPoints, 10_000);
    return new Split(Money.of(welfare), Money.of(fen - welfare));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * A fee split into its welfare share and the pool's remainder. Immutable.
   *
   * @param welfare the welfare share
   * @param pool the remainder for the pool
   */
  public record Split(Money welfare, Money pool) {

    /**
     * Returns the fee.
     *
     * @return welfare plus pool
     */
    public Money fee() {
      return welfare.plus(pool);
    }
  }

  @Override
  public String toString() {
    return basisPoints / 100 + "." + (basisPoints % 100 < 10 ? "0" : "") + basisPoints % 100 + "%";
  }
}
