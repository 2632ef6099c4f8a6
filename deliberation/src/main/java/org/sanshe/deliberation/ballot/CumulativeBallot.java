package org.sanshe.deliberation.ballot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A cumulative ballot: the voter distributes whole points among candidates (the total is checked by
 * {@link BallotConstraints}); candidates without points get zero. Immutable.
 *
 * @param points the points by candidate, sorted by id, unmodifiable
 */
public record CumulativeBallot(SortedMap<CandidateId, Long> points) implements Ballot {

  /**
   * Copies the points.
   *
   * @throws NullPointerException if the map, a key or a value is null
   * @throws VotingException {@code BALLOT_SCORE_OUT_OF_RANGE} for a negative value
   */
  public CumulativeBallot {
    SortedMap<CandidateId, Long> copy = new TreeMap<>();
    for (Map.Entry<CandidateId, Long> e : points.entrySet()) {
      long v = Objects.requireNonNull(e.getValue(), "value");
      if (v < 0) {
        throw new VotingException(
            VotingError.BALLOT_SCORE_OUT_OF_RANGE, points, e.getKey(), v, 0, Long.MAX_VALUE);
      }
      copy.put(Objects.requireNonNull(e.getKey(), "candidate"), v);
    }
    points = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Returns the ballot with these points.
   *
   * @param points the points by candidate, not null
   * @return the ballot
   * @throws VotingException {@code BALLOT_SCORE_OUT_OF_RANGE} for a negative value
   */
  public static CumulativeBallot of(Map<CandidateId, Long> points) {
    return new CumulativeBallot(new TreeMap<>(points));
  }

  /**
   * Returns the value given to a candidate.
   *
   * @param candidate the candidate, not null
   * @return its value, zero when not named
   */
  public long valueOf(CandidateId candidate) {
    return points.getOrDefault(Objects.requireNonNull(candidate, "candidate"), 0L);
  }

  /**
   * Returns the sum of all values on the ballot.
   *
   * @return the total
   * @throws ArithmeticException on overflow
   */
  public long total() {
    long t = 0;
    for (long v : points.values()) {
      t = Math.addExact(t, v);
    }
    return t;
  }

  @Override
  public BallotKind kind() {
    return BallotKind.CUMULATIVE;
  }

  @Override
  public Set<CandidateId> named() {
    return points.keySet();
  }

  @Override
  public String toString() {
    return points.entrySet().stream()
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
    for (java.util.Map.Entry<CandidateId, Long> e : points.entrySet()) {
      h = 31 * (31 * h + e.getKey().hashCode()) + Long.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CumulativeBallot b && points.equals(b.points);
  }
}
