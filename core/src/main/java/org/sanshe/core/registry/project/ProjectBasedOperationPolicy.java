package org.sanshe.core.registry.project;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;

/**
 * At least a share (preset 50%) of a community's yearly service fund (preset 300,000 yuan) must go
 * to project-based operation (项目化运作). Both figures are local configuration; {@link #preset()} holds
 * those of the field reports. Compared exactly in fen: the rule holds when {@code allocated * 100
 * >= fund * minimumPercent}; the required amount is rounded up to the fen.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProjectBasedOperationPolicy {

  private final Money yearlyFund;
  private final int minimumPercent;

  private ProjectBasedOperationPolicy(Money yearlyFund, int minimumPercent) {
    this.yearlyFund = yearlyFund;
    this.minimumPercent = minimumPercent;
  }

  /**
   * Returns the preset: 300,000 yuan, at least 50%.
   *
   * @return the policy
   */
  public static ProjectBasedOperationPolicy preset() {
    return new ProjectBasedOperationPolicy(Money.ofYuan(300_000), 50);
  }

  /**
   * Creates a policy.
   *
   * @param yearlyFund the community's yearly service fund, positive
   * @param minimumPercent the minimum share, 0 to 100
   * @return the policy
   * @throws RegistryException with {@code BUDGET_SETTING_INVALID}
   */
  public static ProjectBasedOperationPolicy of(Money yearlyFund, int minimumPercent) {
    Objects.requireNonNull(yearlyFund, "yearlyFund");
    if (yearlyFund.fen() <= 0) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID, Wording.of("yearlyFund", "年度资金"), yearlyFund);
    }
    if (minimumPercent < 0 || minimumPercent > 100) {
      throw new RegistryException(
          RegistryError.BUDGET_SETTING_INVALID,
          Wording.of("minimumPercent", "最低比例"),
          minimumPercent);
    }
    return new ProjectBasedOperationPolicy(yearlyFund, minimumPercent);
  }

  /**
   * Returns the configured yearly fund.
   *
   * @return the fund
   */
  public Money yearlyFund() {
    return yearlyFund;
  }

  /**
   * Decides against the configured yearly fund.
   *
   * @param allocated the amount allocated to projects, not negative
   * @return the decision
   * @throws RegistryException with {@code BUDGET_FIGURE_INVALID}
   */
  public BudgetDecision decide(Money allocated) {
    return decide(yearlyFund, allocated);
  }

  /**
   * Decides against an actual yearly fund.
   *
   * @param fund the community's fund this year, positive
   * @param allocated the amount allocated to projects, 0 to fund
   * @return the decision with the figures
   * @throws RegistryException with {@code BUDGET_FIGURE_INVALID}
   */
  public BudgetDecision decide(Money fund, Money allocated) {
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(allocated, "allocated");
    if (fund.fen() <= 0) {
      throw new RegistryException(
          RegistryError.BUDGET_FIGURE_INVALID, Wording.of("fund", "资金"), fund);
    }
    if (allocated.isNegative() || allocated.compareTo(fund) > 0) {
      throw new RegistryException(
          RegistryError.BUDGET_FIGURE_INVALID, Wording.of("allocated", "已分配金额"), allocated);
    }
    long requiredFen =
        Math.floorDiv(Math.multiplyExact(fund.fen(), (long) minimumPercent) + 99, 100);
    Money required = Money.of(requiredFen);
    long share = allocated.basisPointsOf(fund);
    if (allocated.isAtLeastPercentOf(fund, minimumPercent)) {
      return new BudgetDecision.Met(fund, required, allocated, share, minimumPercent);
    }
    return new BudgetDecision.Shortfall(
        fund, required, allocated, required.minus(allocated), share, minimumPercent);
  }

  @Override
  public String toString() {
    return "ProjectBasedOperationPolicy[" + minimumPercent + "% of " + yearlyFund + "]";
  }
}
