package org.sanshe.core.fund;

/** The kinds of community fund. Immutable and thread-safe. */
public enum FundKind {
  /**
   * A community development foundation (社区发展基金会): donations in, grants out to organizations and
   * projects, and sponsor records of projects pledged, claimed or adopted by enterprises.
   */
  COMMUNITY_FOUNDATION,
  /**
   * A mutual-aid fund (互助金), such as a chamber of commerce's: a closed pool that only registered
   * members pay into and borrow from, with service fees of which a share goes to community welfare.
   */
  MUTUAL_AID,
  /**
   * A guarantee fund held as money beside a time bank's hours (such as Nanjing's guarantee of
   * redemption): endowed from outside, paid out when a redemption has to be bought.
   */
  GUARANTEE
}
