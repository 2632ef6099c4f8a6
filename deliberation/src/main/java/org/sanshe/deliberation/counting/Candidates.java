package org.sanshe.deliberation.counting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * The candidates of one vote, in their declared order, with a dense index for counting. Immutable
 * and thread-safe.
 */
public final class Candidates {

  private final List<CandidateId> list;
  private final Map<CandidateId, Integer> index;

  private Candidates(List<CandidateId> list, Map<CandidateId, Integer> index) {
    this.list = list;
    this.index = index;
  }

  /**
   * Returns the candidates.
   *
   * @param candidates the candidates, not null, at least one, no repeats
   * @return the candidates
   * @throws VotingException {@code VOTING_NO_CANDIDATES} or {@code VOTING_DUPLICATE_CANDIDATE}
   */
  public static Candidates of(List<CandidateId> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    if (candidates.isEmpty()) {
      throw new VotingException(VotingError.VOTING_NO_CANDIDATES);
    }
    Map<CandidateId, Integer> index = new HashMap<>();
    for (CandidateId id : candidates) {
      if (index.put(Objects.requireNonNull(id, "candidate"), index.size()) != null) {
        throw new VotingException(VotingError.VOTING_DUPLICATE_CANDIDATE, id);
      }
    }
    return new Candidates(List.copyOf(candidates), Map.copyOf(index));
  }

  /**
   * Returns the candidates with these ids.
   *
   * @param ids the ids' texts
   * @return the candidates
   * @throws VotingException {@code VOTING_NO_CANDIDATES} or {@code VOTING_DUPLICATE_CANDIDATE}
   */
  public static Candidates of(String... ids) {
    return of(java.util.Arrays.stream(ids).map(CandidateId::of).toList());
  }

  /**
   * Returns the candidates in declared order.
   *
   * @return an unmodifiable list
   */
  public List<CandidateId> list() {
    return list;
  }

  /**
   * Returns the number of candidates.
   *
   * @return the size
   */
  public int size() {
    return list.size();
  }

  /**
   * Returns the candidate at an index.
   *
   * @param i the index
   * @return the candidate
   */
  public CandidateId get(int i) {
    return list.get(i);
  }

  /**
   * Returns the index of a candidate.
   *
   * @param id the candidate
   * @return its index, or -1 when unknown
   */
  public int indexOf(CandidateId id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Checks that every ballot names known candidates only.
   *
   * @param ballots the ballots
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE} naming the ballot
   */
  public void checkNamedIn(BallotBox<? extends Ballot> ballots) {
    for (BallotBox.Counted<? extends Ballot> c : ballots.distinct()) {
      for (CandidateId id : c.ballot().named()) {
        if (!index.containsKey(id)) {
          throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, c.ballot(), id);
        }
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidates other && list.equals(other.list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
