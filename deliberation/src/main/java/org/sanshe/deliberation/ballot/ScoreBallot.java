package org.sanshe.deliberation.ballot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A score ballot: each scored candidate gets a whole-number score (range checked by {@link
 * BallotConstraints}); unscored candidates count as score zero. Immutable.
 *
 * @param scores the scores by candidate, sorted by id, unmodifiable
 */
public record ScoreBallot(SortedMap<CandidateId, Long> scores) implements Ballot {

  /**
   * Copies the scores.
   *
   * @throws NullPointerException if the map, a key or a value is null
   * @throws VotingException {@code BALLOT_SCORE_OUT_OF_RANGE} for a negative value
   */
  public ScoreBallot {
    SortedMap<CandidateId, Long> copy = new TreeMap<>();
    for (Map.Entry<CandidateId, Long> e : scores.entrySet()) {
      long v = Objects.requireNonNull(e.getValue(), "value");
      if (v < 0) {
        throw new VotingException(
            VotingError.BALLOT_SCORE_OUT_OF_RANGE, scores, e.getKey(), v, 0, Long.MAX_VALUE);
      }
      copy.put(Objects.requireNonNull(e.getKey(), "candidate"), v);
    }
    scores = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Returns the ballot with these scores.
   *
   * @param scores the scores by candidate, not null
   * @return the ballot
   * @throws VotingException {@code BALLOT_SCORE_OUT_OF_RANGE} for a negative value
   */
  public static ScoreBallot of(Map<CandidateId, Long> scores) {
    return new ScoreBallot(new TreeMap<>(scores));
  }

  /**
   * Returns the value given to a candidate.
   *
   * @param candidate the candidate, not null
   * @return its value, zero when not named
   */
  public long valueOf(CandidateId candidate) {
    return scores.getOrDefault(Objects.requireNonNull(candidate, "candidate"), 0L);
  }

  /**
   * Returns the sum of all values on the ballot.
   *
   * @return the total
   * @throws ArithmeticException on overflow
   */
  public long total() {
    long t = 0;
    for (long v : scores.values()) {
      t = Math.addExact(t, v);
    }
    return t;
  }

  @Override
  public BallotKind kind() {
    return BallotKind.SCORE;
  }

  @Override
  public Set<CandidateId> named() {
    return scores.keySet();
  }

  @Override
  public String toString() {
    return scores.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  /**
   * A hash over the entries in candidate order, so that ballot boxes of many similar ballots do not
   * collide (the map's own hash is a sum). Consistent with {@code equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = 1;
    for (java.util.Map.Entry<CandidateId, Long> e : scores.entrySet()) {
      h = 31 * (31 * h + e.getKey().hashCode()) + Long.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreBallot b && scores.equals(b.scores);
  }
}
