package org.sanshe.core.fund;

/**
 * What a movement was for. The debited account is the one whose balance goes down, the credited
 * account the one whose balance goes up. Immutable and thread-safe.
 */
public enum FundMovementKind {
  /** Capital put into a fund from outside (external to pool), such as a guarantee endowment. */
  ENDOWMENT,
  /** A donation to a foundation (external to pool), naming the donor. */
  DONATION,
  /** A grant from a foundation to an organization or a project (pool to external). */
  GRANT,
  /** A member's subscription to a mutual-aid fund (external to pool). */
  SUBSCRIPTION,
  /** A loan to a member (pool to the member's loan account). */
  LOAN,
  /** A member's repayment (the member's loan account to pool). */
  REPAYMENT,
  /** The part of a service fee that stays in a mutual-aid pool (external to pool). */
  SERVICE_FEE,
  /** The community-welfare share of a service fee (external to welfare). */
  WELFARE_SHARE,
  /** A payment out of the welfare account to community welfare (welfare to external). */
  WELFARE_PAYMENT,
  /** A sponsor's payment against a pledge (external to the sponsorship account). */
  SPONSOR_PAYMENT,
  /** Money of a sponsorship passed to its project (the sponsorship account to external). */
  SPONSOR_TRANSFER,
  /** A guarantee fund paying out (pool to external). */
  GUARANTEE_PAYMENT,
  /** The reversal of an earlier movement: the same amount, the other way round. */
  REVERSAL
}
