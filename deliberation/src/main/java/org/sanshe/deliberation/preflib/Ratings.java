package org.sanshe.deliberation.preflib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.deliberation.ballot.CandidateId;

/** The ranking that ratings imply: highest rating first, equal ratings tied. Stateless. */
final class Ratings {

  private Ratings() {}

  /**
   * Groups rated candidates into ranks, highest rating first.
   *
   * @param ratings the ratings
   * @return the ranks, each non-empty, none when nobody is rated
   */
  static List<Set<CandidateId>> ranks(Map<CandidateId, Long> ratings) {
    SortedMap<Long, Set<CandidateId>> byRating = new TreeMap<>((a, b) -> Long.compare(b, a));
    for (Map.Entry<CandidateId, Long> e : ratings.entrySet()) {
      byRating.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
    }
    return new ArrayList<>(byRating.values());
  }
}
