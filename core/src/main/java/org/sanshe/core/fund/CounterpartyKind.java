package org.sanshe.core.fund;

/** Who is on the other side of a movement. Immutable and thread-safe. */
public enum CounterpartyKind {
  /** Nobody outside the fund (a movement between two of its own accounts). */
  NONE,
  /** A social organization of the registry, by {@code OrganizationId}. */
  ORGANIZATION,
  /** A public-welfare project of the registry, by {@code ProjectId}. */
  PROJECT,
  /** A resident, by {@code HashedIdentity} only (never a name or an ID number). */
  RESIDENT,
  /** An enterprise, by its unified social credit code. */
  ENTERPRISE,
  /** A member of a mutual-aid fund, by {@link MemberId}. */
  MEMBER,
  /** A government body (a department or a bureau), by the integrator's code for it. */
  GOVERNMENT,
  /** An anonymous donor. */
  ANONYMOUS
}
