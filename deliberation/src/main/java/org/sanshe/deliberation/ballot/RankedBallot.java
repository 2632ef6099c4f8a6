package org.sanshe.deliberation.ballot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A ranked ballot: ranks from most to least preferred, each rank a set of candidates tied with each
 * other. Truncation is allowed: candidates not ranked are below every ranked one and tied with each
 * other. Immutable.
 *
 * @param ranks the ranks, each a non-empty sorted unmodifiable set, no candidate twice
 */
public record RankedBallot(List<Set<CandidateId>> ranks) implements Ballot {

  /**
   * Checks and copies the ranks.
   *
   * @throws NullPointerException if a rank or id is null
   * @throws VotingException {@code BALLOT_EMPTY_RANK} or {@code BALLOT_DUPLICATE_CANDIDATE}
   */
  public RankedBallot {
    List<Set<CandidateId>> copy = new ArrayList<>(ranks.size());
    Set<CandidateId> seen = new HashSet<>();
    for (Set<CandidateId> rank : ranks) {
      if (rank.isEmpty()) {
        throw new VotingException(VotingError.BALLOT_EMPTY_RANK, text(ranks));
      }
      for (CandidateId id : rank) {
        if (!seen.add(Objects.requireNonNull(id, "candidate"))) {
          throw new VotingException(VotingError.BALLOT_DUPLICATE_CANDIDATE, text(ranks), id);
        }
      }
      copy.add(Collections.unmodifiableSortedSet(new TreeSet<>(rank)));
    }
    ranks = List.copyOf(copy);
  }

  /**
   * Returns a strict ranking without ties.
   *
   * @param order the candidates, most preferred first
   * @return the ballot
   * @throws VotingException {@code BALLOT_DUPLICATE_CANDIDATE} if an id repeats
   */
  public static RankedBallot strict(List<CandidateId> order) {
    return new RankedBallot(order.stream().map(Set::of).toList());
  }

  /**
   * Returns a strict ranking of the candidates with these ids.
   *
   * @param ids the ids' texts, most preferred first
   * @return the ballot
   * @throws VotingException {@code BALLOT_DUPLICATE_CANDIDATE} if an id repeats
   */
  public static RankedBallot strict(String... ids) {
    return strict(java.util.Arrays.stream(ids).map(CandidateId::of).toList());
  }

  /**
   * Reads a ranking written as {@link #toString()} writes it, such as {@code "A>B=C>D"}.
   *
   * @param text the ranking, not null; empty for an empty ballot
   * @return the ballot
   * @throws VotingException for a blank id, an empty rank or a repeated id
   */
  public static RankedBallot parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new RankedBallot(List.of());
    }
    List<Set<CandidateId>> ranks = new ArrayList<>();
    for (String rank : text.split(">", -1)) {
      Set<CandidateId> set = new TreeSet<>();
      for (String id : rank.split("=", -1)) {
        set.add(CandidateId.of(id));
      }
      ranks.add(set);
    }
    return new RankedBallot(ranks);
  }

  @Override
  public BallotKind kind() {
    return BallotKind.RANKED;
  }

  @Override
  public Set<CandidateId> named() {
    Set<CandidateId> all = new TreeSet<>();
    ranks.forEach(all::addAll);
    return Collections.unmodifiableSet(all);
  }

  @Override
  public int length() {
    int n = 0;
    for (Set<CandidateId> rank : ranks) {
      n += rank.size();
    }
    return n;
  }

  @Override
  public String toString() {
    return text(ranks);
  }

  private static String text(List<Set<CandidateId>> ranks) {
    return ranks.stream()
        .map(r -> r.stream().map(CandidateId::value).collect(Collectors.joining("=")))
        .collect(Collectors.joining(">"));
  }
}
