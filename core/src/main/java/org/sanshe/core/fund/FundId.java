package org.sanshe.core.fund;

/**
 * The identity of a fund (a community foundation, a mutual-aid fund, a guarantee fund).
 *
 * <p>1 to 64 ASCII letters, digits, '-', '_', '.' or ':'. Immutable and thread-safe; never null
 * inside.
 *
 * @param value the id
 */
public record FundId(String value) implements Comparable<FundId> {

  /**
   * Checks the value.
   *
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public FundId {
    FundIds.check(value, "fund id", "基金编号");
  }

  /**
   * Returns an id.
   *
   * @param value the text
   * @return the id
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public static FundId of(String value) {
    return new FundId(value);
  }

  @Override
  public int compareTo(FundId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
