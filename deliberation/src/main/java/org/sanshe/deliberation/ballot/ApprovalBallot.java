package org.sanshe.deliberation.ballot;

import java.util.Collection;
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
    Objects.requireNonNull(approved, "approved");
    CandidateId[] ids = approved.toArray(new CandidateId[0]);
    for (CandidateId id : ids) {
      Objects.requireNonNull(id, "approved element");
    }
    CandidateId[] repeat = new CandidateId[1];
    SortedIds set = SortedIds.ownSorted(ids, repeat);
    if (set == null) {
      throw new VotingException(VotingError.BALLOT_DUPLICATE_CANDIDATE, approved, repeat[0]);
    }
    return new ApprovalBallot(set);
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
