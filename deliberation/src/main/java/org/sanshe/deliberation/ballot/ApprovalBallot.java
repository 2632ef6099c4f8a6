package org.sanshe.deliberation.ballot;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An approval ballot: the set of approved candidates or projects (possibly empty). Immutable; two
 * ballots approving the same set are equal.
 *
 * @param approved the approved candidates, sorted, unmodifiable
 */
public record ApprovalBallot(Set<CandidateId> approved) implements Ballot {

  /**
   * Copies and sorts the approved set.
   *
   * @throws NullPointerException if the set or an element is null
   */
  public ApprovalBallot {
    approved = SortedIds.copyOf(approved);
  }

  /**
   * Returns the ballot approving these candidates.
   *
   * @param approved the candidates, not null; repeated ids are refused
   * @return the ballot
   * @throws VotingException {@code BALLOT_DUPLICATE_CANDIDATE} if an id repeats
   */
  public static ApprovalBallot of(Collection<CandidateId> approved) {
    return new ApprovalBallot(SortedIds.ofSorted(sortedDistinct(approved, "approved", approved)));
  }

  /**
   * Copies the ids into an array sorted strictly ascending.
   *
   * @param name how a null collection or element is named
   * @param label how a refusal names the ballot
   */
  private static CandidateId[] sortedDistinct(
      Collection<CandidateId> source, String name, Object label) {
    Objects.requireNonNull(source, name);
    CandidateId[] ids = source.toArray(new CandidateId[0]);
    for (CandidateId id : ids) {
      Objects.requireNonNull(id, name + " element");
    }
    CandidateId[] repeat = new CandidateId[1];
    if (SortedIds.ownSorted(ids, repeat) == null) {
      throw new VotingException(VotingError.BALLOT_DUPLICATE_CANDIDATE, label, repeat[0]);
    }
    return ids;
  }

  /**
   * Returns the ballot approving the candidates with these ids.
   *
   * @param ids the ids' texts
   * @return the ballot
   * @throws VotingException {@code BALLOT_DUPLICATE_CANDIDATE} if an id repeats
   */
  public static ApprovalBallot of(String... ids) {
    return of(java.util.Arrays.stream(ids).map(CandidateId::of).toList());
  }

  /**
   * Returns the ballot paper listing these candidates, from which ballots are built by position.
   *
   * @param candidates the candidates, not null, none null, none repeated
   * @return the paper
   * @throws NullPointerException if the collection or an element is null
   * @throws VotingException {@code BALLOT_DUPLICATE_CANDIDATE} if an id repeats
   */
  public static Paper paper(Collection<CandidateId> candidates) {
    return new Paper(sortedDistinct(candidates, "candidates", "paper"));
  }

  /**
   * The candidates of one ballot paper in id order, from which approval ballots are built by their
   * positions in that order: a reader that has matched every vote to positions builds each ballot
   * without sorting or comparing ids again (a city's file has 65,000 of them). Positions are the
   * caller's own numbers, not the file's text, so wrong ones are a programming error ({@link
   * IllegalArgumentException}), not a refused vote. Immutable and thread-safe.
   */
  public static final class Paper {

    private final CandidateId[] sorted;

    private Paper(CandidateId[] sorted) {
      this.sorted = sorted;
    }

    /**
     * Returns the candidates in id order: position i is the i-th.
     *
     * @return an unmodifiable list
     */
    public List<CandidateId> candidates() {
      return List.of(sorted);
    }

    /**
     * Returns a candidate's position.
     *
     * @param id the candidate, not null
     * @return its position in id order, or -1 if the paper does not list it
     */
    public int positionOf(CandidateId id) {
      int at = Arrays.binarySearch(sorted, Objects.requireNonNull(id, "id"));
      return at < 0 ? -1 : at;
    }

    /**
     * Returns the ballot approving the candidates at the first {@code count} positions.
     *
     * @param positions positions in strictly ascending order, each below the number of candidates;
     *     read, not kept
     * @param count how many of them to take, from 0 to {@code positions.length}
     * @return the ballot
     * @throws IllegalArgumentException if count is out of range or the positions are not strictly
     *     ascending within the paper
     */
    public ApprovalBallot ballot(int[] positions, int count) {
      if (count < 0 || count > positions.length) {
        throw new IllegalArgumentException("count out of range");
      }
      CandidateId[] ids = new CandidateId[count];
      int last = -1;
      for (int x = 0; x < count; x++) {
        int p = positions[x];
        if (p <= last || p >= sorted.length) {
          throw new IllegalArgumentException("positions not strictly ascending within the paper");
        }
        ids[x] = sorted[p];
        last = p;
      }
      return new ApprovalBallot(SortedIds.ofSorted(ids));
    }
  }

  @Override
  public BallotKind kind() {
    return BallotKind.APPROVAL;
  }

  @Override
  public Set<CandidateId> named() {
    return approved;
  }

  @Override
  public String toString() {
    return approved.stream().map(CandidateId::value).collect(Collectors.joining(",", "{", "}"));
  }

  /**
   * A hash over the candidates in order, each candidate's hash scrambled first, so that ballot
   * boxes of many similar ballots do not collide: the set's own hash (a sum of string hashes) puts
   * most ballots of a city into a few buckets, and a plain polynomial over ids such as {@code
   * 1000}..{@code 1119}, whose hashes differ by small steps, still gives equal hashes to many
   * different pairs. Consistent with {@code equals}; not stable across versions, never stored.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = 1;
    for (CandidateId id : approved) {
      int x = id.hashCode() * 0xcc9e2d51; // MurmurHash3's mixing of one 32-bit block
      x = Integer.rotateLeft(x, 15) * 0x1b873593;
      h = 31 * h + x;
    }
    return h ^ (h >>> 16);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApprovalBallot b && approved.equals(b.approved);
  }
}
