package org.sanshe.core.registry.programme;

import java.util.Objects;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The figures of one project and one funding source within a programme's budget. Immutable.
 *
 * @param project the project
 * @param source the source
 * @param figures the figures
 */
public record BudgetLine(ProjectId project, FundingSource source, BudgetFigures figures) {
  /** Checks for nulls. */
  public BudgetLine {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(figures, "figures");
  }
}
