package org.sanshe.core.fee;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.fund.FundId;

/**
 * Who pays what a household does not: government purchase, or a named community fund. Immutable and
 * thread-safe.
 *
 * @param payer {@link Payer#PURCHASE} or {@link Payer#FUND}
 * @param fund the fund when the payer is a fund, else empty
 */
public record Backstop(Payer payer, Optional<FundId> fund) {

  /** Government purchase of services. */
  public static final Backstop PURCHASE = new Backstop(Payer.PURCHASE, Optional.empty());

  /**
   * Checks that a fund is named exactly when a fund pays.
   *
   * @throws FundException with {@code FEE_SCHEDULE_INVALID}
   */
  public Backstop {
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(fund, "fund");
    if (payer == Payer.RESIDENT || (payer == Payer.FUND) != fund.isPresent()) {
      throw new FundException(
          FundError.FEE_SCHEDULE_INVALID,
          Wording.of("the backstop is government purchase or a named fund", "兜底方须为政府购买或指定的基金"));
    }
  }

  /**
   * A community fund as the backstop.
   *
   * @param fund the fund
   * @return the backstop
   */
  public static Backstop fund(FundId fund) {
    return new Backstop(Payer.FUND, Optional.of(Objects.requireNonNull(fund, "fund")));
  }
}
