package org.sanshe.core.fee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.money.Money;

/**
 * One delivery of a service to a household, priced: the household's category and tier, what the
 * household paid and what the backstop (government purchase or a fund) paid; the two sum to the
 * unit cost. The household is named by keyed hash only and {@link #toString()} shows none of it.
 *
 * <p>Immutable and thread-safe; no component is null. Built by {@link Pricing#deliver}.
 *
 * @param service the service's code
 * @param household the household's hashed identity
 * @param on the day of the delivery
 * @param category the household's category on that day
 * @param tier the tier it was served in
 * @param residentPaid what the household paid (zero for the needy)
 * @param backstopPaid what the backstop paid
 * @param backstop who the backstop is
 */
public record ServiceDelivery(
    String service,
    HashedIdentity household,
    LocalDate on,
    HouseholdCategory category,
    FeeTier tier,
    Money residentPaid,
    Money backstopPaid,
    Backstop backstop) {

  /**
   * Checks the figures and the backstop rule.
   *
   * @throws FundException with {@code FEE_NEEDY_CHARGED} or {@code FEE_SCHEDULE_INVALID}
   */
  public ServiceDelivery {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(residentPaid, "residentPaid");
    Objects.requireNonNull(backstopPaid, "backstopPaid");
    Objects.requireNonNull(backstop, "backstop");
    if (category.needy() && !residentPaid.isZero()) {
      throw new FundException(FundError.FEE_NEEDY_CHARGED, category.code());
    }
    if (residentPaid.isNegative() || backstopPaid.isNegative()) {
      throw new FundException(
          FundError.FEE_SCHEDULE_INVALID,
          Wording.of("what each payer paid is not negative", "各付款方所付金额不能为负"));
    }
  }

  /**
   * Returns what the delivery cost.
   *
   * @return resident plus backstop
   */
  public Money cost() {
    return residentPaid.plus(backstopPaid);
  }

  /**
   * Returns what a payer paid.
   *
   * @param payer the payer
   * @return the amount (zero when the payer had no part)
   */
  public Money paidBy(Payer payer) {
    return switch (Objects.requireNonNull(payer, "payer")) {
      case RESIDENT -> residentPaid;
      case FUND, PURCHASE -> backstop.payer() == payer ? backstopPaid : Money.ZERO;
    };
  }

  /**
   * Returns the fund that paid, if a fund was the backstop.
   *
   * @return the fund
   */
  public Optional<FundId> fund() {
    return backstop.fund();
  }

  @Override
  public String toString() {
    return "ServiceDelivery["
        + service
        + " "
        + on
        + " "
        + category.code()
        + "/"
        + tier.code()
        + " resident "
        + residentPaid
        + " "
        + backstop.payer()
        + " "
        + backstopPaid
        + "]";
  }
}
