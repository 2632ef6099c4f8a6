package org.sanshe.deliberation.ballot;

import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The rules a valid ballot follows: how many candidates it may name, how much its approved projects
 * may cost together, how many points it may distribute and the score range. Immutable and
 * thread-safe. Use {@link #NONE} and the {@code with...} methods to build one.
 *
 * @param minLength the fewest candidates a ballot names, 0 for no minimum
 * @param maxLength the most candidates a ballot names, {@link Integer#MAX_VALUE} for no maximum
 * @param maxTotalCost the most that approved projects may cost together, {@link Long#MAX_VALUE} for
 *     no limit
 * @param maxPoints the most points (cumulative) or score total a ballot distributes, {@link
 *     Long#MAX_VALUE} for no limit
 * @param maxScore the highest score or points for one candidate, {@link Long#MAX_VALUE} for no
 *     limit
 */
public record BallotConstraints(
    int minLength, int maxLength, long maxTotalCost, long maxPoints, long maxScore) {

  /** No constraint at all. */
  public static final BallotConstraints NONE =
      new BallotConstraints(0, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  /**
   * Checks the limits.
   *
   * @throws VotingException {@code BALLOT_CONSTRAINT_INVALID} for a negative limit or a minimum
   *     above the maximum
   */
  public BallotConstraints {
    if (minLength < 0 || maxLength < 0 || maxTotalCost < 0 || maxPoints < 0 || maxScore < 0) {
      throw new VotingException(
          VotingError.BALLOT_CONSTRAINT_INVALID, "limits", "must not be negative");
    }
    if (minLength > maxLength) {
      throw new VotingException(
          VotingError.BALLOT_CONSTRAINT_INVALID,
          "min_length " + minLength,
          "must not exceed max_length " + maxLength);
    }
  }

  /**
   * Returns these constraints with a length range.
   *
   * @param min the minimum length
   * @param max the maximum length
   * @return the new constraints
   * @throws VotingException {@code BALLOT_CONSTRAINT_INVALID} for a bad range
   */
  public BallotConstraints withLength(int min, int max) {
    return new BallotConstraints(min, max, maxTotalCost, maxPoints, maxScore);
  }

  /**
   * Returns these constraints with a maximum total cost.
   *
   * @param max the limit
   * @return the new constraints
   * @throws VotingException {@code BALLOT_CONSTRAINT_INVALID} for a negative limit
   */
  public BallotConstraints withMaxTotalCost(long max) {
    return new BallotConstraints(minLength, maxLength, max, maxPoints, maxScore);
  }

  /**
   * Returns these constraints with a maximum of points per ballot.
   *
   * @param max the limit
   * @return the new constraints
   * @throws VotingException {@code BALLOT_CONSTRAINT_INVALID} for a negative limit
   */
  public BallotConstraints withMaxPoints(long max) {
    return new BallotConstraints(minLength, maxLength, maxTotalCost, max, maxScore);
  }

  /**
   * Returns these constraints with a maximum score per candidate.
   *
   * @param max the limit
   * @return the new constraints
   * @throws VotingException {@code BALLOT_CONSTRAINT_INVALID} for a negative limit
   */
  public BallotConstraints withMaxScore(long max) {
    return new BallotConstraints(minLength, maxLength, maxTotalCost, maxPoints, max);
  }

  /**
   * Checks one ballot against these constraints and the candidates on the ballot paper.
   *
   * @param ballot the ballot, not null
   * @param label how error messages name the ballot, such as {@code "#12"} or {@code "line 40"}
   * @param known the candidates or projects on the ballot paper, not null
   * @param cost the cost of each known project, or null when there are no costs
   * @throws VotingException {@code BALLOT_UNKNOWN_CANDIDATE}, {@code BALLOT_TOO_SHORT}, {@code
   *     BALLOT_TOO_LONG}, {@code BALLOT_COST_EXCEEDED}, {@code BALLOT_POINTS_EXCEEDED} or {@code
   *     BALLOT_SCORE_OUT_OF_RANGE}
   */
  public void check(
      Ballot ballot, String label, Set<CandidateId> known, ToLongFunction<CandidateId> cost) {
    Objects.requireNonNull(ballot, "ballot");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(known, "known");
    for (CandidateId id : ballot.named()) {
      if (!known.contains(id)) {
        throw new VotingException(VotingError.BALLOT_UNKNOWN_CANDIDATE, label, id);
      }
    }
    if (ballot.kind() == BallotKind.YES_NO_ABSTAIN) {
      return;
    }
    int length = ballot.length();
    if (length < minLength) {
      throw new VotingException(VotingError.BALLOT_TOO_SHORT, label, length, minLength);
    }
    if (length > maxLength) {
      throw new VotingException(VotingError.BALLOT_TOO_LONG, label, length, maxLength);
    }
    if (maxTotalCost != Long.MAX_VALUE && cost != null) {
      long total = 0;
      for (CandidateId id : ballot.named()) {
        total = Math.addExact(total, cost.applyAsLong(id));
      }
      if (total > maxTotalCost) {
        throw new VotingException(VotingError.BALLOT_COST_EXCEEDED, label, total, maxTotalCost);
      }
    }
    if (ballot instanceof CumulativeBallot c) {
      checkValues(label, c.points(), c.total());
    } else if (ballot instanceof ScoreBallot s) {
      checkValues(label, s.scores(), s.total());
    }
  }

  private void checkValues(String label, java.util.Map<CandidateId, Long> values, long total) {
    for (var e : values.entrySet()) {
      if (e.getValue() > maxScore) {
        throw new VotingException(
            VotingError.BALLOT_SCORE_OUT_OF_RANGE, label, e.getKey(), e.getValue(), 0, maxScore);
      }
    }
    if (total > maxPoints) {
      throw new VotingException(VotingError.BALLOT_POINTS_EXCEEDED, label, total, maxPoints);
    }
  }
}
