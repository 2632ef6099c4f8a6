package org.sanshe.deliberation.budgeting;

import java.util.Arrays;
import java.util.HashMap;
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
    // totals by the project's position: one lookup and one add per named project, no boxing
    List<BallotProject> projects = budget.projects();
    Map<CandidateId, Integer> position = new HashMap<>(2 * projects.size());
    for (int j = 0; j < projects.size(); j++) {
      position.put(projects.get(j).id(), j);
    }
    long[] total = new long[projects.size()];
    // a ballot naming an id the budget does not list (a budget never holds one) keeps it, last
    Map<CandidateId, Long> unlisted = new LinkedHashMap<>();
    BallotBox<? extends Ballot> box = budget.ballots();
    for (BallotBox.Counted<? extends Ballot> c : box.distinct()) {
      Ballot b = c.ballot();
      long n = c.count();
      if (kind == Kind.RANK_POINTS && b instanceof RankedBallot r) {
        List<Set<CandidateId>> ranks = r.ranks();
        for (int k = 0; k < ranks.size() && k < rankPoints.length; k++) {
          for (CandidateId id : ranks.get(k)) {
            add(id, Math.multiplyExact(rankPoints[k], n), position, total, unlisted);
          }
        }
      } else if (kind == Kind.POINTS && b instanceof CumulativeBallot cb) {
        cb.points()
            .forEach((id, v) -> add(id, Math.multiplyExact(v, n), position, total, unlisted));
      } else if (kind == Kind.POINTS && b instanceof ScoreBallot sb) {
        sb.scores()
            .forEach((id, v) -> add(id, Math.multiplyExact(v, n), position, total, unlisted));
      } else {
        for (CandidateId id : b.named()) {
          add(id, n, position, total, unlisted);
        }
      }
    }
    Map<CandidateId, Long> support = new LinkedHashMap<>();
    for (int j = 0; j < total.length; j++) {
      support.put(projects.get(j).id(), total[j]);
    }
    support.putAll(unlisted);
    return support;
  }

  private static void add(
      CandidateId id,
      long amount,
      Map<CandidateId, Integer> position,
      long[] total,
      Map<CandidateId, Long> unlisted) {
    Integer j = position.get(id);
    if (j != null) {
      total[j] = Math.addExact(total[j], amount);
    } else {
      unlisted.merge(id, amount, Math::addExact);
    }
  }

  /** Whether this measure is the number of voters naming a project. */
  boolean isApprovals() {
    return kind == Kind.APPROVALS;
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
