package org.sanshe.core.fund;

/** How an enterprise took up a project. Immutable and thread-safe. */
public enum SponsorshipKind {
  /** 认捐: pledged a sum of money to the project. */
  PLEDGED,
  /** 认领: claimed the project (takes it on and pays for it). */
  CLAIMED,
  /** 认养: adopted the project (pays for its upkeep over time). */
  ADOPTED
}
