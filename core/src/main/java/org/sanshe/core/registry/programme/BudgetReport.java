package org.sanshe.core.registry.programme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.BudgetDecision;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectBasedOperationPolicy;

/**
 * A programme's budget report: its ceiling and the figures per funding source and in total.
 * Immutable and thread-safe.
 *
 * @param programme the programme
 * @param ceiling the programme's budget
 * @param bySource the figures per source, in source order; sources without lines absent
 * @param total the figures over all sources
 */
public record BudgetReport(
    ProgrammeId programme,
    Money ceiling,
    Map<FundingSource, BudgetFigures> bySource,
    BudgetFigures total) {

  /** Copies the map. */
  public BudgetReport {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(total, "total");
    EnumMap<FundingSource, BudgetFigures> m = new EnumMap<>(FundingSource.class);
    m.putAll(bySource);
    bySource = Collections.unmodifiableMap(m);
  }

  /**
   * Builds a report from figures per source, summing the total.
   *
   * @param programme the programme, not null
   * @param ceiling the budget, not null
   * @param bySource the figures per source, not null
   * @return the report
   */
  public static BudgetReport of(
      ProgrammeId programme, Money ceiling, Map<FundingSource, BudgetFigures> bySource) {
    BudgetFigures total = BudgetFigures.ZERO;
    for (BudgetFigures f : bySource.values()) {
      total = total.plus(f);
    }
    return new BudgetReport(programme, ceiling, bySource, total);
  }

  /**
   * Returns what may still be committed.
   *
   * @return the ceiling minus the commitments
   */
  public Money available() {
    return ceiling.minus(total.committed());
  }

  /**
   * Applies the project-based-operation rule (项目化运作, preset at least 50% of a community's yearly
   * service fund) to this programme read as that fund: the ceiling is the fund, the commitments are
   * the amount allocated to projects.
   *
   * @param policy the rule, not null
   * @return the decision with its figures
   */
  public BudgetDecision projectBasedOperation(ProjectBasedOperationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy.decide(ceiling, total.committed());
  }
}
