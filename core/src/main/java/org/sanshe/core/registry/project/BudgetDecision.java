package org.sanshe.core.registry.project;

import org.sanshe.core.money.Money;

/**
 * The decision of {@link ProjectBasedOperationPolicy}: whether enough of a community's yearly
 * service fund goes to project-based operation, with the figures. Immutable.
 */
public sealed interface BudgetDecision {

  /**
   * Tells whether the rule is met.
   *
   * @return true for {@link Met}
   */
  boolean met();

  /**
   * The rule is met.
   *
   * @param fund the yearly service fund
   * @param required the minimum for project-based operation
   * @param allocated the amount allocated to projects
   * @param shareBasisPoints the allocated share in basis points (rounded down)
   * @param minimumPercent the minimum share applied
   */
  record Met(Money fund, Money required, Money allocated, long shareBasisPoints, int minimumPercent)
      implements BudgetDecision {
    @Override
    public boolean met() {
      return true;
    }
  }

  /**
   * The rule is not met.
   *
   * @param fund the yearly service fund
   * @param required the minimum for project-based operation
   * @param allocated the amount allocated to projects
   * @param shortfall how much more must go to projects
   * @param shareBasisPoints the allocated share in basis points (rounded down)
   * @param minimumPercent the minimum share applied
   */
  record Shortfall(
      Money fund,
      Money required,
      Money allocated,
      Money shortfall,
      long shareBasisPoints,
      int minimumPercent)
      implements BudgetDecision {
    @Override
    public boolean met() {
      return false;
    }
  }
}
