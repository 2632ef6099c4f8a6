package org.sanshe.deliberation.counting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.ballot.CandidateId;

/**
 * An explicit chain of tie-break rules, tried in order; candidates still tied after the last rule
 * are ordered by id, so every tie is broken the same way every time. Immutable and thread-safe.
 */
public final class TieBreaking {

  private final List<TieBreak> rules;

  private TieBreaking(List<TieBreak> rules) {
    this.rules = rules;
  }

  /**
   * Returns a chain of rules.
   *
   * @param rules the rules, first tried first; none means "by id"
   * @return the chain
   */
  public static TieBreaking of(TieBreak... rules) {
    for (TieBreak rule : rules) {
      Objects.requireNonNull(rule, "rule");
    }
    return new TieBreaking(List.of(rules));
  }

  /**
   * The tie rule of the cities' participatory budgets: lower cost, then more votes.
   *
   * @return the chain
   */
  public static TieBreaking lowerCostThenMoreVotes() {
    return of(TieBreak.lowerCost(), TieBreak.moreVotes());
  }

  /**
   * Returns the rules.
   *
   * @return an unmodifiable list
   */
  public List<TieBreak> rules() {
    return rules;
  }

  /**
   * Returns the comparator this chain defines in a context, most preferred first.
   *
   * @param context the context, not null
   * @return a total order on candidates
   */
  public Comparator<CandidateId> comparator(TieContext context) {
    Objects.requireNonNull(context, "context");
    return (a, b) -> {
      for (TieBreak rule : rules) {
        int c = rule.compare(a, b, context);
        if (c != 0) {
          return c;
        }
      }
      return a.compareTo(b);
    };
  }

  /**
   * Orders tied candidates.
   *
   * @param tied the tied candidates, not null
   * @param context the context, not null
   * @return a new list, most preferred first
   */
  public List<CandidateId> order(Collection<CandidateId> tied, TieContext context) {
    List<CandidateId> list = new ArrayList<>(tied);
    list.sort(comparator(context));
    return list;
  }

  /**
   * Orders tied candidates and records the decision.
   *
   * @param what what the candidates were tied on
   * @param tied the tied candidates
   * @param context the context
   * @return the recorded tie
   */
  public ResolvedTie resolve(String what, Collection<CandidateId> tied, TieContext context) {
    return new ResolvedTie(what, order(tied, context), toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TieBreaking other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    rules.forEach(r -> parts.add(r.toString()));
    parts.add("candidate id");
    return String.join(", then ", parts);
  }
}
