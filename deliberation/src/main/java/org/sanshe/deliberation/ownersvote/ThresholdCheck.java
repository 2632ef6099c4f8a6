package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.core.kernel.Fraction;

/**
 * One threshold a decision checked, with the figures behind it: the counted numerator and
 * denominator, their exact share, the bound and the comparison. With a zero denominator the share
 * is zero. Immutable.
 *
 * @param name what was checked, such as {@code participation by area}
 * @param basis headcount or floor area
 * @param numerator the counted figure (ballots, or cm²)
 * @param denominator the base (electorate or participants, ballots or cm²)
 * @param share exactly {@code numerator/denominator}
 * @param comparison at least (以上) or more than (过半数, 超过)
 * @param bound the threshold
 * @param passed whether the share meets the threshold
 */
public record ThresholdCheck(
    String name,
    Basis basis,
    long numerator,
    long denominator,
    Fraction share,
    Comparison comparison,
    Fraction bound,
    boolean passed) {

  /** What is counted. */
  public enum Basis {
    /** Voters, one each. */
    HEADCOUNT,
    /** Exclusive floor area, in square centimetres. */
    AREA
  }

  /** How a share is compared with its bound (Civil Code Art. 1259). */
  public enum Comparison {
    /** "以上": at least, the figure included ({@code >=}). */
    AT_LEAST,
    /** "过半数" or "超过": strictly more than ({@code >}). */
    MORE_THAN;

    /**
     * Applies the comparison.
     *
     * @param share the share, not null
     * @param bound the bound, not null
     * @return whether the share meets the bound
     */
    public boolean test(Fraction share, Fraction bound) {
      return this == AT_LEAST ? share.isAtLeast(bound) : share.isGreaterThan(bound);
    }
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ThresholdCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(bound, "bound");
  }

  /**
   * Computes a check.
   *
   * @param name what is checked, not null
   * @param basis headcount or area, not null
   * @param numerator the counted figure, not negative
   * @param denominator the base, not negative
   * @param comparison the comparison, not null
   * @param bound the bound, not null
   * @return the check
   */
  public static ThresholdCheck of(
      String name,
      Basis basis,
      long numerator,
      long denominator,
      Comparison comparison,
      Fraction bound) {
    Fraction share = denominator == 0 ? Fraction.ZERO : Fraction.of(numerator, denominator);
    return new ThresholdCheck(
        name,
        basis,
        numerator,
        denominator,
        share,
        comparison,
        bound,
        comparison.test(share, bound));
  }

  /**
   * Explains the check, such as {@code participation by headcount: 4/6 = 2/3, AT_LEAST 2/3:
   * passed}; areas are shown in m².
   *
   * @return the explanation
   */
  public String explain() {
    String n =
        basis == Basis.AREA ? FloorArea.ofSquareCentimetres(numerator) + " m²" : "" + numerator;
    String d =
        basis == Basis.AREA ? FloorArea.ofSquareCentimetres(denominator) + " m²" : "" + denominator;
    return name
        + ": "
        + n
        + " / "
        + d
        + " = "
        + share
        + ", "
        + comparison
        + " "
        + bound
        + (passed ? ": passed" : ": failed");
  }
}
