package org.sanshe.deliberation.vote;

import java.util.Optional;

/** The port to where votes are kept. Implementations say whether they are thread-safe. */
public interface Votes {

  /**
   * Adds a new vote.
   *
   * @param vote the vote, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   *     if the id is taken
   */
  void add(Vote vote);

  /**
   * Stores a changed vote.
   *
   * @param vote the vote, not null
   * @throws org.sanshe.deliberation.affairs.error.AffairsException with {@code VOTE_UNKNOWN}
   */
  void update(Vote vote);

  /**
   * Finds a vote.
   *
   * @param id the id, not null
   * @return the vote, or empty
   */
  Optional<Vote> find(VoteId id);
}
