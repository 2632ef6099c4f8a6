package org.sanshe.core.fund;

/**
 * The kinds of account in a fund and their floors. Every fund has exactly one {@link #EXTERNAL}
 * account standing for the world outside the fund; it is the only account whose balance may go
 * below zero (its balance is minus everything the fund holds). Every other account never goes below
 * zero. Immutable and thread-safe.
 */
public enum FundAccountKind {
  /** The world outside the fund: the only account that may go negative. */
  EXTERNAL,
  /** The fund's pool of money: never negative. */
  POOL,
  /** A mutual-aid fund's community-welfare share of service fees: never negative. */
  WELFARE,
  /** What one member of a mutual-aid fund owes on loans (the outstanding loan): never negative. */
  MEMBER_LOAN,
  /** What a sponsor has paid on a pledge and the fund has not yet passed on: never negative. */
  SPONSORSHIP;

  /**
   * Tells whether the balance of an account of this kind may go below zero.
   *
   * @return true only for {@link #EXTERNAL}
   */
  public boolean mayGoNegative() {
    return this == EXTERNAL;
  }
}
