package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * One rule that orders tied candidates, most preferred first. Rules are immutable values; chain
 * them with {@link TieBreaking}. A rule may leave candidates tied (compare as 0); the chain then
 * asks the next rule.
 */
public sealed interface TieBreak
    permits TieBreak.LowerCost, TieBreak.MoreVotes, TieBreak.GivenOrder, TieBreak.SeededLottery {

  /**
   * Compares two tied candidates.
   *
   * @param a one candidate
   * @param b another candidate
   * @param context costs, votes and all candidates
   * @return negative when {@code a} is preferred, positive when {@code b} is, 0 when still tied
   */
  int compare(CandidateId a, CandidateId b, TieContext context);

  /**
   * Prefers the cheaper project (Okecie 2019 took 1286 over 744 this way).
   *
   * @return the rule
   */
  static TieBreak lowerCost() {
    return new LowerCost();
  }

  /**
   * Prefers the candidate with more votes, as the method counts them.
   *
   * @return the rule
   */
  static TieBreak moreVotes() {
    return new MoreVotes();
  }

  /**
   * Prefers the candidate earlier in a given order, which must list every candidate.
   *
   * @param order the order, most preferred first, not null
   * @return the rule
   */
  static TieBreak givenOrder(List<CandidateId> order) {
    return new GivenOrder(order);
  }

  /**
   * Orders candidates by a lottery drawn from a seed: the candidates, sorted by id, are shuffled
   * with {@link SplittableRandom} seeded so; the same seed always gives the same order.
   *
   * @param seed the published seed
   * @return the rule
   */
  static TieBreak seededLottery(long seed) {
    return new SeededLottery(seed);
  }

  /** Lower cost first. */
  record LowerCost() implements TieBreak {
    @Override
    public int compare(CandidateId a, CandidateId b, TieContext context) {
      return Long.compare(context.cost(a), context.cost(b));
    }

    @Override
    public String toString() {
      return "lower cost";
    }
  }

  /** More votes first. */
  record MoreVotes() implements TieBreak {
    @Override
    public int compare(CandidateId a, CandidateId b, TieContext context) {
      return Long.compare(context.votes(b), context.votes(a));
    }

    @Override
    public String toString() {
      return "more votes";
    }
  }

  /**
   * Earlier in the given order first.
   *
   * @param order the order, most preferred first
   */
  record GivenOrder(List<CandidateId> order) implements TieBreak {

    /**
     * Copies the order.
     *
     * @throws NullPointerException if order is null
     */
    public GivenOrder {
      order = List.copyOf(Objects.requireNonNull(order, "order"));
    }

    @Override
    public int compare(CandidateId a, CandidateId b, TieContext context) {
      return Integer.compare(position(a), position(b));
    }

    private int position(CandidateId id) {
      int i = order.indexOf(id);
      if (i < 0) {
        throw new VotingException(VotingError.VOTING_TIE_ORDER_INCOMPLETE, id);
      }
      return i;
    }

    @Override
    public String toString() {
      return "given order " + order;
    }
  }

  /**
   * A reproducible lottery.
   *
   * @param seed the seed
   */
  record SeededLottery(long seed) implements TieBreak {
    @Override
    public int compare(CandidateId a, CandidateId b, TieContext context) {
      Map<CandidateId, Integer> draw = draw(context.candidates());
      return Integer.compare(
          draw.getOrDefault(a, Integer.MAX_VALUE), draw.getOrDefault(b, Integer.MAX_VALUE));
    }

    /**
     * Returns the position of every candidate in this lottery's draw.
     *
     * @param candidates the candidates
     * @return the position of each, 0 first
     */
    public Map<CandidateId, Integer> draw(List<CandidateId> candidates) {
      List<CandidateId> sorted = new ArrayList<>(candidates);
      Collections.sort(sorted);
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = sorted.size() - 1; i > 0; i--) {
        Collections.swap(sorted, i, random.nextInt(i + 1));
      }
      Map<CandidateId, Integer> position = new HashMap<>();
      for (int i = 0; i < sorted.size(); i++) {
        position.put(sorted.get(i), i);
      }
      return position;
    }

    @Override
    public String toString() {
      return "lottery with seed " + seed;
    }
  }
}
