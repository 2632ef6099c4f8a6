package org.sanshe.core.fund;

/**
 * The identity of a sponsor record (认捐、认领、认养) inside one fund.
 *
 * <p>1 to 64 ASCII letters, digits, '-', '_', '.' or ':'. Immutable and thread-safe; never null
 * inside.
 *
 * @param value the id
 */
public record SponsorshipId(String value) implements Comparable<SponsorshipId> {

  /**
   * Checks the value.
   *
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public SponsorshipId {
    FundIds.check(value, "sponsorship id", "认捐编号");
  }

  /**
   * Returns an id.
   *
   * @param value the text
   * @return the id
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public static SponsorshipId of(String value) {
    return new SponsorshipId(value);
  }

  @Override
  public int compareTo(SponsorshipId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
