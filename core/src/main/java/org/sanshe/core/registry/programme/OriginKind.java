package org.sanshe.core.registry.programme;

/** Where a project entered a call from, besides an organization's own application. */
public enum OriginKind {
  /** A winning entry of a proposal contest (提案大赛). */
  PROPOSAL_CONTEST,
  /** A project chosen by residents' micro-fund or participatory-budget vote (微基金). */
  MICRO_FUND_VOTE
}
