package org.sanshe.core.registry.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.registry.programme.BudgetEvent.BudgetMoved;

/**
 * The port to where programme budgets are kept: the lines with their figures, and the journal of
 * movements. Implementations are thread-safe.
 *
 * <p><b>Versions.</b> {@link #add(ProgrammeBudget)} stores a new budget (version 0) as version 1;
 * {@link #update(ProgrammeBudget)} succeeds only if the budget's version is the stored one, stores
 * the next version and appends its pending movements to the journal, all or none; a stale write
 * fails with {@code BUDGET_VERSION_CONFLICT} and changes nothing. Two writers committing against
 * one programme therefore take turns, and the ceiling holds (see {@link BudgetDesk}).
 *
 * <p><b>Reports.</b> {@link #report(ProgrammeId)} never reads the journal: it reads the totals kept
 * per line (a store may sum them by query).
 */
public interface Budgets {

  /**
   * Adds a new budget as version 1.
   *
   * @param budget the budget, not null, at version 0
   * @throws org.sanshe.core.registry.RegistryException with {@code BUDGET_DUPLICATE} or {@code
   *     BUDGET_VERSION_CONFLICT}
   */
  void add(ProgrammeBudget budget);

  /**
   * Stores a changed budget as the next version, with its movements.
   *
   * @param budget the budget, not null, at the version it was read at
   * @throws org.sanshe.core.registry.RegistryException with {@code BUDGET_NOT_FOUND} or {@code
   *     BUDGET_VERSION_CONFLICT}
   */
  void update(ProgrammeBudget budget);

  /**
   * Finds a budget.
   *
   * @param programme the programme, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<ProgrammeBudget> find(ProgrammeId programme);

  /**
   * Returns a programme's budget report per source.
   *
   * @param programme the programme, not null
   * @return the report, or empty without a budget
   */
  default Optional<BudgetReport> report(ProgrammeId programme) {
    return find(programme).map(ProgrammeBudget::report);
  }

  /**
   * Returns the reports of several programmes (a district's year).
   *
   * @param programmes the programmes, not null
   * @return the reports of those with a budget, in the order given
   */
  default List<BudgetReport> reports(Collection<ProgrammeId> programmes) {
    Objects.requireNonNull(programmes, "programmes");
    List<BudgetReport> out = new ArrayList<>(programmes.size());
    for (ProgrammeId p : programmes) {
      report(p).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Reads the journal of a budget in pages.
   *
   * @param programme the programme, not null
   * @param afterNumber the last movement number of the previous page, 0 for the first
   * @param max the most movements to return, 1 to 10,000
   * @return the movements numbered after {@code afterNumber}, in order
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if max is out of
   *     range
   */
  List<BudgetMoved> movements(ProgrammeId programme, long afterNumber, int max);

  /** The largest page of {@link #movements}. */
  int MAX_PAGE = 10_000;

  /**
   * Checks a page size.
   *
   * @param max the size
   * @throws org.sanshe.core.error.SansheException with {@code ARGUMENT_INVALID} if not 1 to {@link
   *     #MAX_PAGE}
   */
  static void checkPageSize(int max) {
    if (max < 1 || max > MAX_PAGE) {
      throw new org.sanshe.core.error.SansheException(
          org.sanshe.core.error.CoreError.ARGUMENT_INVALID,
          org.sanshe.core.error.Wording.of("The page size", "每页条数"),
          org.sanshe.core.error.Wording.of("1 to " + MAX_PAGE, "1 至 " + MAX_PAGE));
    }
  }
}
