package org.sanshe.core.registry.programme;

import java.util.List;
import org.sanshe.core.money.Money;

/**
 * The complete state of a {@link ProgrammeBudget}: its lines with their figures and how many
 * movements led there; the movements themselves are the budget's journal, kept apart. Immutable.
 *
 * @param programme the programme
 * @param version the stored version, 0 before the first save
 * @param ceiling the programme's budget
 * @param movements how many movements were applied
 * @param lines the lines, ordered by project and source
 */
public record BudgetSnapshot(
    ProgrammeId programme, long version, Money ceiling, long movements, List<BudgetLine> lines) {

  /** Copies the lines. */
  public BudgetSnapshot {
    lines = lines == null ? null : List.copyOf(lines);
  }

  /**
   * Returns this state under another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public BudgetSnapshot withVersion(long newVersion) {
    return new BudgetSnapshot(programme, newVersion, ceiling, movements, lines);
  }
}
