package org.sanshe.deliberation.counting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * The Condorcet check: a candidate who beats every other candidate head to head (strictly more
 * voters prefer it) is the Condorcet winner; there is at most one. Stateless and thread-safe.
 */
public final class CondorcetCheck {

  private CondorcetCheck() {}

  /** The outcome of the check: a winner, or none with the candidates nobody beats. */
  public sealed interface Outcome permits Winner, NoWinner {}

  /**
   * There is a Condorcet winner.
   *
   * @param winner the candidate beating every other
   * @param closest the rival with the smallest margin, and its counts, as explanation
   * @param winnerVotes voters preferring the winner to the closest rival
   * @param rivalVotes voters preferring the closest rival to the winner
   */
  public record Winner(CandidateId winner, CandidateId closest, long winnerVotes, long rivalVotes)
      implements Outcome {}

  /**
   * There is no Condorcet winner (a cycle or a tie).
   *
   * @param unbeaten the candidates no other candidate beats (the weak Condorcet winners), possibly
   *     empty
   */
  public record NoWinner(List<CandidateId> unbeaten) implements Outcome {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if null
     */
    public NoWinner {
      unbeaten = List.copyOf(unbeaten);
    }
  }

  /**
   * Checks a pairwise matrix.
   *
   * @param matrix the matrix, not null
   * @return the outcome
   */
  public static Outcome check(PairwiseMatrix matrix) {
    Objects.requireNonNull(matrix, "matrix");
    Candidates c = matrix.candidates();
    int n = c.size();
    List<CandidateId> unbeaten = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean beatsAll = true;
      boolean beaten = false;
      int closest = -1;
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        long win = matrix.get(i, j);
        long loss = matrix.get(j, i);
        if (win <= loss) {
          beatsAll = false;
        }
        if (loss > win) {
          beaten = true;
        }
        if (closest < 0 || win - loss < matrix.get(i, closest) - matrix.get(closest, i)) {
          closest = j;
        }
      }
      if (beatsAll) {
        if (closest < 0) {
          return new Winner(c.get(i), c.get(i), 0, 0);
        }
        return new Winner(c.get(i), c.get(closest), matrix.get(i, closest), matrix.get(closest, i));
      }
      if (!beaten) {
        unbeaten.add(c.get(i));
      }
    }
    return new NoWinner(unbeaten);
  }

  /**
   * Returns the Condorcet winner, if any.
   *
   * @param matrix the matrix, not null
   * @return the winner, or empty
   */
  public static Optional<CandidateId> winner(PairwiseMatrix matrix) {
    return check(matrix) instanceof Winner w ? Optional.of(w.winner()) : Optional.empty();
  }
}
