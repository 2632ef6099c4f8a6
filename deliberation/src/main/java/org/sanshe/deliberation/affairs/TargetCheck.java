package org.sanshe.deliberation.affairs;

import java.util.Objects;
import org.sanshe.core.kernel.Fraction;

/**
 * One "622" target checked: the path's count over the triaged total, the exact share, the bound and
 * whether it holds. With no triaged matter the share is zero, so an "at least" target above zero is
 * missed and an "at most" target holds. Immutable.
 *
 * @param path the path
 * @param bound at least or at most
 * @param target the target share
 * @param count matters on this path
 * @param total triaged matters
 * @param share exactly {@code count/total} (zero when total is zero)
 * @param holds whether the share meets the target
 */
public record TargetCheck(
    ResolutionPath path,
    Bound bound,
    Fraction target,
    long count,
    long total,
    Fraction share,
    boolean holds) {

  /** The direction of a target. */
  public enum Bound {
    /** The share must be at least the target (以上, the figure included). */
    AT_LEAST,
    /** The share must be at most the target (以下, the figure included). */
    AT_MOST
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public TargetCheck {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(share, "share");
  }

  /**
   * Computes a check.
   *
   * @param path the path
   * @param bound the direction
   * @param target the target share
   * @param count the path's count
   * @param total the triaged total
   * @return the check
   */
  public static TargetCheck of(
      ResolutionPath path, Bound bound, Fraction target, long count, long total) {
    Fraction share = total == 0 ? Fraction.ZERO : Fraction.of(count, total);
    boolean holds =
        bound == Bound.AT_LEAST ? share.isAtLeast(target) : !share.isGreaterThan(target);
    return new TargetCheck(path, bound, target, count, total, share, holds);
  }

  /**
   * Explains the check, such as {@code COMMUNITY_DELIBERATION 62/100 = 31/50 AT_LEAST 3/5: holds}.
   *
   * @return the explanation
   */
  public String explain() {
    return path
        + " "
        + count
        + "/"
        + total
        + " = "
        + share
        + " "
        + bound
        + " "
        + target
        + (holds ? ": holds" : ": missed");
  }
}
