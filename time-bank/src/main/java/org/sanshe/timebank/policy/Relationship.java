package org.sanshe.timebank.policy;

/** How one party is related to another, as told by the {@link Kinship} port. Immutable. */
public enum Relationship {
  /** Husband or wife. */
  SPOUSE,
  /** Father or mother. */
  PARENT,
  /** Son or daughter. */
  CHILD,
  /** Brother or sister. */
  SIBLING,
  /** Grandfather or grandmother. */
  GRANDPARENT,
  /** Grandson or granddaughter. */
  GRANDCHILD,
  /** Another relative recognized by the local rules. */
  OTHER_RELATIVE,
  /** A friend, not a relative. */
  FRIEND
}
