package org.sanshe.core.fee;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.core.fund.FundError;
import org.sanshe.core.fund.FundException;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.money.Money;

/**
 * Prices a delivery: the means test ({@link HouseholdCategories}) places the household, the
 * schedule gives its tier and what it pays, the backstop pays the rest of the unit cost. The needy
 * never pay: a needy household whose category the schedule charges is refused (a schedule cannot be
 * built that way; the check repeats here for a means test whose needy category shares a code with a
 * schedule's category that is not needy).
 *
 * <p>Immutable and thread-safe if the means test is.
 */
public final class Pricing {

  private final HouseholdCategories meansTest;

  /**
   * Creates the pricing.
   *
   * @param meansTest the means test
   */
  public Pricing(HouseholdCategories meansTest) {
    this.meansTest = Objects.requireNonNull(meansTest, "meansTest");
  }

  /**
   * Prices one delivery of a service to a household.
   *
   * @param schedule the service's schedule
   * @param household the household
   * @param on the day
   * @return the priced delivery
   * @throws FundException with {@code FEE_HOUSEHOLD_UNCATEGORIZED}, {@code FEE_CATEGORY_NOT_PRICED}
   *     or {@code FEE_NEEDY_CHARGED}
   */
  public ServiceDelivery deliver(PriceSchedule schedule, HashedIdentity household, LocalDate on) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(on, "on");
    HouseholdCategory category =
        meansTest
            .categoryOf(household, on)
            .orElseThrow(() -> new FundException(FundError.FEE_HOUSEHOLD_UNCATEGORIZED));
    Price price =
        schedule
            .priceFor(category)
            .orElseGet(
                () -> {
                  boolean sameCode =
                      schedule.prices().stream()
                          .anyMatch(p -> p.category().code().equals(category.code()));
                  if (sameCode && category.needy()) {
                    throw new FundException(FundError.FEE_NEEDY_CHARGED, category.code());
                  }
                  throw new FundException(FundError.FEE_CATEGORY_NOT_PRICED, category.code());
                });
    Money resident = price.residentPays();
    return new ServiceDelivery(
        schedule.service(),
        household,
        on,
        category,
        price.tier(),
        resident,
        schedule.unitCost().minus(resident),
        schedule.backstop());
  }

  @Override
  public String toString() {
    return "Pricing[" + meansTest + "]";
  }
}
