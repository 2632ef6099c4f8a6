package org.sanshe.core.fund;

/**
 * The identity of an account inside one fund.
 *
 * <p>1 to 80 ASCII letters, digits, '-', '_', '.' or ':'. Immutable and thread-safe; never null
 * inside.
 *
 * @param value the id
 */
public record FundAccountId(String value) implements Comparable<FundAccountId> {

  /**
   * The longest account id: {@value} characters (a prefix and a 64-character member or sponsorship
   * id).
   */
  public static final int MAX_LENGTH = 80;

  /** The account standing for the world outside a fund. */
  public static final FundAccountId EXTERNAL = new FundAccountId("external");

  /** A fund's pool. */
  public static final FundAccountId POOL = new FundAccountId("pool");

  /** A mutual-aid fund's welfare account. */
  public static final FundAccountId WELFARE = new FundAccountId("welfare");

  /**
   * Returns the loan account of a member of a mutual-aid fund.
   *
   * @param member the member, not null
   * @return {@code loan:<member>}
   */
  public static FundAccountId loanOf(MemberId member) {
    return new FundAccountId("loan:" + member.value());
  }

  /**
   * Returns the account of a sponsorship.
   *
   * @param sponsorship the sponsorship, not null
   * @return {@code sponsorship:<id>}
   */
  public static FundAccountId of(SponsorshipId sponsorship) {
    return new FundAccountId("sponsorship:" + sponsorship.value());
  }

  /**
   * Checks the value.
   *
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public FundAccountId {
    FundIds.check(value, MAX_LENGTH, "account id", "账户编号");
  }

  /**
   * Returns an id.
   *
   * @param value the text
   * @return the id
   * @throws FundException with {@code FUND_ID_INVALID}
   */
  public static FundAccountId of(String value) {
    return new FundAccountId(value);
  }

  @Override
  public int compareTo(FundAccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
