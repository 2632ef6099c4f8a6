package org.sanshe.timebank.policy;

import java.util.Optional;
import org.sanshe.timebank.account.PartyId;

/**
 * The port that tells how two parties are related (from a civil-affairs or household register).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Kinship {

  /**
   * Returns how {@code other} is related to {@code party}.
   *
   * @param party the first party, not null
   * @param other the second party, not null
   * @return the relationship, or empty if none is known
   */
  Optional<Relationship> relationship(PartyId party, PartyId other);
}
