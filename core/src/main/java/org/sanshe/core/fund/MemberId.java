package org.sanshe.core.fund;

/**
 * The identity of a member of a mutual-aid fund (an enterprise or person registered with the fund
 * by the integrator's own id, never a raw resident ID number).
 *
 * <p>1 to 64 ASCII letters, digits, '-', '_', '.' or ':'. Immutable and thread-safe; never null
 * inside.
 *
 * @param value the id
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /**
   * Checks the value.
   *
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public MemberId {
    FundIds.check(value, "member id", "会员编号");
  }

  /**
   * Returns an id.
   *
   * @param value the text
   * @return the id
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
