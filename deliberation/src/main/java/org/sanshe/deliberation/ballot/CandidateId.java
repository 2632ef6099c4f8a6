package org.sanshe.deliberation.ballot;

import java.util.Objects;

/**
 * The id of a candidate in an election or of a project in a participatory budget, such as {@code
 * "1549"} or {@code "Kiss"}. Immutable; ordered by its text.
 *
 * @param value the id, not blank, without surrounding white space
 */
public record CandidateId(String value) implements Comparable<CandidateId> {

  /**
   * Checks the id.
   *
   * @throws NullPointerException if value is null
   * @throws VotingException {@code BALLOT_ID_BLANK} if it is blank
   */
  public CandidateId {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.isEmpty()) {
      throw new VotingException(VotingError.BALLOT_ID_BLANK);
    }
  }

  /**
   * Returns the id with this text.
   *
   * @param value the text, not null or blank
   * @return the id
   * @throws VotingException {@code BALLOT_ID_BLANK} if blank
   */
  public static CandidateId of(String value) {
    return new CandidateId(value);
  }

  /**
   * Compares by the text. Written out rather than generated: a record's generated {@code equals}
   * and {@code hashCode} go through method handles, which a command-line run that counts a city's
   * file once pays for on every one of its million lookups before the JIT compiles them.
   *
   * @param o the other object
   * @return whether o is an id with the same text
   */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof CandidateId c && value.equals(c.value));
  }

  /**
   * Returns the text's hash, consistent with {@link #equals}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CandidateId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
