package org.sanshe.deliberation.internal;

/**
 * Many Equal Shares selections of one engine at different virtual budgets, as add1's step-by-step
 * walk makes them: the certified fast path runs in one reused workspace (which keeps the lists of
 * paying groups from run to run while the selections agree), falling back to exact rationals when a
 * decision is not certified.
 *
 * <p>Not thread-safe: one instance per thread (the engine itself is thread-safe). No method accepts
 * or returns null.
 */
public final class Selections {

  private final EqualSharesEngine engine;
  private final CertifiedRun workspace;

  Selections(EqualSharesEngine engine) {
    this.engine = engine;
    this.workspace = engine.costUtilities() ? new CertifiedRun(engine) : null;
  }

  /**
   * Returns the selection at a virtual budget, exactly as {@code engine.run(budget,
   * false).selected()}.
   *
   * @param budget the virtual budget, zero or more
   * @return the projects selected, in order
   * @throws ArithmeticException when a scaled amount does not fit a long
   */
  public int[] select(long budget) {
    if (workspace != null) {
      int[] fast = workspace.select(budget, null, null);
      if (fast != null) {
        return fast;
      }
    }
    return engine.runExact(budget, false).selected();
  }
}
