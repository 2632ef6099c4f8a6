package org.sanshe.deliberation.affairs.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.vote.Vote;
import org.sanshe.deliberation.vote.VoteId;
import org.sanshe.deliberation.vote.Votes;

/**
 * Votes kept in memory. Thread-safe (synchronized); it hands out the stored aggregates themselves,
 * so callers serialize commands on one vote.
 */
public final class InMemoryVotes implements Votes {

  private final Map<VoteId, Vote> byId = new HashMap<>();

  /** Creates an empty store. */
  public InMemoryVotes() {}

  @Override
  public synchronized void add(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    if (byId.containsKey(vote.id())) {
      throw new AffairsException(AffairsError.AFFAIRS_ID_INVALID, Checks.field("vote id"));
    }
    byId.put(vote.id(), vote);
  }

  @Override
  public synchronized void update(Vote vote) {
    Objects.requireNonNull(vote, "vote");
    if (!byId.containsKey(vote.id())) {
      throw new AffairsException(AffairsError.VOTE_UNKNOWN, vote.id());
    }
    byId.put(vote.id(), vote);
  }

  @Override
  public synchronized Optional<Vote> find(VoteId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryVotes[" + byId.size() + "]";
  }
}
