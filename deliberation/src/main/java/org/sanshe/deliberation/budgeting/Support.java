package org.sanshe.deliberation.budgeting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * How a project's support is measured for greedy selection: approvals (ballots naming it), points
 * (the sum of cumulative points or scores; an approval counts 1), or points per rank of ranked
 * ballots (the k-th rank gives {@code points[k-1]}). Immutable and thread-safe.
 */
public final class Support {

  private enum Kind {
    APPROVALS,
    POINTS,
    RANK_POINTS
  }

  private final Kind kind;
  private final long[] rankPoints;

  private Support(Kind kind, long[] rankPoints) {
    this.kind = kind;
    this.rankPoints = rankPoints;
  }

  /**
   * Support = the number of voters naming the project.
   *
   * @return the measure
   */
  public static Support approvals() {
    return new Support(Kind.APPROVALS, new long[0]);
  }

  /**
   * Support = the total points (cumulative) or score given to the project.
   *
   * @return the measure
   */
  public static Support points() {
    return new Support(Kind.POINTS, new long[0]);
  }

  /**
   * Support = points per rank of ranked ballots, such as 3, 2, 1 in Kraków.
   *
   * @param points the points of rank 1, 2, ..., non-negative
   * @return the measure
   * @throws VotingException {@code VOTING_BORDA_POINTS_INVALID} for a negative value
   */
  public static Support rankPoints(long... points) {
    for (long p : points) {
      if (p < 0) {
        throw new VotingException(VotingError.VOTING_BORDA_POINTS_INVALID, Arrays.toString(points));
      }
    }
    return new Support(Kind.RANK_POINTS, points.clone());
  }

  /**
   * Measures every project's support.
   *
   * @param budget the budget, not null
   * @return the support of every project, in declared order
   * @throws ArithmeticException on overflow
   */
  public Map<CandidateId, Long> measure(ParticipatoryBudget budget) {
    Objects.requireNonNull(budget, "budget");
    Map<CandidateId, Long> support = new LinkedHashMap<>();
    for (BallotProject p : budget.projects()) {
      support.put(p.id(), 0L);
    }
    BallotBox<? extends Ballot> box = budget.ballots();
    for (BallotBox.Counted<? extends Ballot> c : box.distinct()) {
      Ballot b = c.ballot();
      long n = c.count();
      if (kind == Kind.RANK_POINTS && b instanceof RankedBallot r) {
        List<Set<CandidateId>> ranks = r.ranks();
        for (int k = 0; k < ranks.size() && k < rankPoints.length; k++) {
          for (CandidateId id : ranks.get(k)) {
            support.merge(id, Math.multiplyExact(rankPoints[k], n), Math::addExact);
          }
        }
      } else if (kind == Kind.POINTS && b instanceof CumulativeBallot cb) {
        cb.points().forEach((id, v) -> support.merge(id, Math.multiplyExact(v, n), Math::addExact));
      } else if (kind == Kind.POINTS && b instanceof ScoreBallot sb) {
        sb.scores().forEach((id, v) -> support.merge(id, Math.multiplyExact(v, n), Math::addExact));
      } else {
        for (CandidateId id : b.named()) {
          support.merge(id, n, Math::addExact);
        }
      }
    }
    return support;
  }

  /**
   * Counts the voters naming each project, whatever the measure.
   *
   * @param budget the budget
   * @return approvals by project
   */
  static Map<CandidateId, Long> approvalsOf(ParticipatoryBudget budget) {
    return approvals().measure(budget);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Support s && kind == s.kind && Arrays.equals(rankPoints, s.rankPoints);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(rankPoints);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case APPROVALS -> "approvals";
      case POINTS -> "points";
      case RANK_POINTS -> "rank points " + Arrays.toString(rankPoints);
    };
  }
}
