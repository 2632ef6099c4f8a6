package org.sanshe.timebank.account;

/** What an account is for. Immutable. */
public enum AccountKind {
  /** A volunteer's own account. */
  INDIVIDUAL,
  /** A volunteer group's account: it may only donate. */
  GROUP,
  /** A social organization's account. */
  ORGANIZATION,
  /** The community pool that receives donations and diverted excess. */
  COMMUNITY_POOL,
  /** The public guarantee fund that backs redemption. */
  GUARANTEE_FUND,
  /** The issuance account from which verified service is credited; its balance is negative. */
  ISSUANCE,
  /** A clearing account for pooling between district ledgers (通存通兑). */
  CLEARING,
  /** The account of a service provider that receives redeemed credits. */
  PROVIDER
}
