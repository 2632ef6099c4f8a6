package org.sanshe.timebank.authorization;

import org.sanshe.timebank.account.PartyId;

/**
 * The port that tells who holds which role: coordinators of an organization, guardians of a person,
 * operators of the time bank. Implementations must be thread-safe.
 */
public interface Roles {

  /**
   * Tells whether a party is an authorized coordinator of an organization.
   *
   * @param party the party, not null
   * @param organization the organization, not null
   * @return true if a coordinator
   */
  boolean isCoordinator(PartyId party, PartyId organization);

  /**
   * Tells whether a party is the guardian of another.
   *
   * @param party the party, not null
   * @param ward the person cared for, not null
   * @return true if a guardian
   */
  boolean isGuardian(PartyId party, PartyId ward);

  /**
   * Tells whether a party operates the time bank (opens and freezes accounts).
   *
   * @param party the party, not null
   * @return true if an operator
   */
  boolean isOperator(PartyId party);
}
