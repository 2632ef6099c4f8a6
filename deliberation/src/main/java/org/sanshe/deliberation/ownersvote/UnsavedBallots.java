package org.sanshe.deliberation.ownersvote;

import java.util.List;
import java.util.Set;

/**
 * The ballots a {@link Vote} instance took since it was opened or restored, in the form a store
 * records them: who voted (a set, in no order) and, per option, the sums of ballots and floor area.
 * Nothing pairs one voter with one choice; with a single unsaved ballot the sums show its choice,
 * as the counters themselves would. Never log it. Immutable.
 *
 * @param voters the voters who cast these ballots, unordered
 * @param counts one count per option in ballot order, holding only these ballots
 */
public record UnsavedBallots(Set<VoterId> voters, List<BallotCount> counts) {

  /** Copies the collections, reading null as empty. */
  public UnsavedBallots {
    voters = voters == null ? Set.of() : Set.copyOf(voters);
    counts = counts == null ? List.of() : List.copyOf(counts);
  }

  /**
   * Tells whether there is nothing to record.
   *
   * @return true when no ballot was taken
   */
  public boolean isEmpty() {
    return voters.isEmpty();
  }

  @Override
  public String toString() {
    return "UnsavedBallots[" + voters.size() + " ballots]";
  }
}
