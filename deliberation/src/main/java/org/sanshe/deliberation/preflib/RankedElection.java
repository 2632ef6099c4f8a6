package org.sanshe.deliberation.preflib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.voting.Candidates;

/**
 * A ranked-ballot election read from a file: the candidates with their full names, the ballots
 * (identical ones aggregated) and the file's metadata. Immutable.
 *
 * @param candidates the candidates, in file order
 * @param names the full name of each candidate
 * @param ballots the ballots
 * @param metadata the file's header entries, in file order
 */
public record RankedElection(
    Candidates candidates,
    Map<CandidateId, String> names,
    BallotBox<RankedBallot> ballots,
    Map<String, String> metadata) {

  /**
   * Copies the maps.
   *
   * @throws NullPointerException if a component is null
   */
  public RankedElection {
    Objects.requireNonNull(candidates, "candidates");
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    Objects.requireNonNull(ballots, "ballots");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Returns the candidate with a full name.
   *
   * @param name the full name
   * @return the candidate
   * @throws IllegalArgumentException when no candidate has that name
   */
  public CandidateId byName(String name) {
    for (Map.Entry<CandidateId, String> e : names.entrySet()) {
      if (e.getValue().equals(name)) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("no candidate named " + name);
  }
}
