package org.sanshe.testkit.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;

/**
 * Assertions on a participatory-budget outcome: which projects were funded, in order, and that the
 * spending stays within the budget. Not thread-safe.
 */
public final class BudgetAssert extends AbstractAssert<BudgetAssert, BudgetOutcome> {

  /**
   * Creates the assertion.
   *
   * @param actual the outcome, may be null (every assertion then fails)
   */
  public BudgetAssert(BudgetOutcome actual) {
    super(actual, BudgetAssert.class);
  }

  /**
   * Verifies the funded projects, exactly and in the order the rule selected them.
   *
   * @param expected the project ids, not null
   * @return this assertion
   */
  public BudgetAssert elected(String... expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    List<String> found = new ArrayList<>();
    for (CandidateId id : actual.selectedIds()) {
      found.add(id.value());
    }
    if (!found.equals(List.of(expected))) {
      failWithMessage(
          "Expected %s to fund %s but it funded %s", actual.rule(), List.of(expected), found);
    }
    return this;
  }

  /**
   * Verifies that the funded projects cost no more than the budget.
   *
   * @return this assertion
   */
  public BudgetAssert staysWithinBudget() {
    isNotNull();
    if (actual.totalCost() > actual.budget()) {
      failWithMessage(
          "Expected %s to spend at most the budget %s but it spent %s",
          actual.rule(), actual.budget(), actual.totalCost());
    }
    return this;
  }
}
