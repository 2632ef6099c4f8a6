package org.sanshe.deliberation.internal;

/**
 * Many Equal Shares selections of one engine at different virtual budgets, as add1 makes them: the
 * certified fast path runs in a reused workspace (falling back to exact rationals when a decision
 * is not certified), and a run at a larger budget can certify that every budget in between selects
 * the same projects in the same order, so that add1 can skip them.
 *
 * <p>Keeps a base: the last run of {@link #select} or the last successful {@link #sameUpTo}. Not
 * thread-safe: one instance per thread (the engine itself is thread-safe). No method accepts or
 * returns null.
 */
public final class Selections {

  private final EqualSharesEngine engine;
  private CertifiedRun base;
  private CertifiedRun probe;
  private boolean baseCertified;
  private long baseBudget;

  Selections(EqualSharesEngine engine) {
    this.engine = engine;
    if (engine.costUtilities()) {
      this.base = new CertifiedRun(engine);
      this.probe = new CertifiedRun(engine);
    }
  }

  /**
   * Returns the selection at a virtual budget, exactly as {@code engine.run(budget,
   * false).selected()}; the run becomes the base.
   *
   * @param budget the virtual budget, zero or more
   * @return the projects selected, in order
   * @throws ArithmeticException when a scaled amount does not fit a long
   */
  public int[] select(long budget) {
    if (probe != null) {
      int[] fast = probe.select(budget, null);
      if (fast != null) {
        swap();
        baseCertified = true;
        baseBudget = budget;
        return fast;
      }
    }
    baseCertified = false;
    return engine.runExact(budget, false).selected();
  }

  /**
   * Whether {@link #sameUpTo} can certify anything: the base was decided on the certified fast path
   * (false with cardinal utilities or after a fall-back to exact rationals).
   *
   * @return true when a probe can succeed
   */
  public boolean canProbe() {
    return baseCertified;
  }

  /**
   * Whether every virtual budget from the base's budget up to {@code budget} (both included)
   * certainly selects the same projects in the same order as the base. Costs one run at {@code
   * budget}; when true, that run becomes the base. False also when it cannot be certified (the base
   * fell back to exact rationals, the money scale differs, or a bound is not tight enough): false
   * never means that the selection differs.
   *
   * @param budget a virtual budget above the base's whose money scale {@code voters / gcd(budget,
   *     voters)} is the base's (add1's steps keep it)
   * @return true when certified
   */
  public boolean sameUpTo(long budget) {
    if (!baseCertified || budget <= baseBudget) {
      return false;
    }
    int[] fast = probe.select(budget, base);
    if (fast == null || !probe.same()) {
      return false;
    }
    swap();
    baseBudget = budget;
    return true;
  }

  private void swap() {
    CertifiedRun t = base;
    base = probe;
    probe = t;
  }
}
