package org.sanshe.deliberation.pabulib;

import java.util.Objects;

/**
 * Something in a Pabulib file that a city counted although the format's rules say otherwise, with
 * the line where it is and the field it concerns. Nothing of the file's text is kept beyond the
 * line number and the field name. Immutable.
 *
 * @param line the 1-based line of the row (0 for a file built in memory)
 * @param kind what is irregular, not null
 * @param field the field concerned, such as {@code vote} or {@code META max_length}, not null
 */
public record Irregularity(int line, Kind kind, String field) {

  /** The kinds of irregularity. */
  public enum Kind {
    /** A vote names the same project more than once; it counts once. */
    DUPLICATE_PROJECT_IN_VOTE,
    /** A vote names a project that is not in {@code PROJECTS}; it is left out of the vote. */
    UNKNOWN_PROJECT_IN_VOTE,
    /** A ballot names fewer projects than {@code min_length}. */
    BALLOT_TOO_SHORT,
    /** A ballot names more projects than {@code max_length}. */
    BALLOT_TOO_LONG,
    /** A ballot's projects cost more than {@code max_sum_cost}. */
    BALLOT_OVER_MAX_SUM_COST,
    /** A ballot gives more points than {@code max_sum_points}. */
    BALLOT_OVER_MAX_SUM_POINTS,
    /** A project's {@code votes} column differs from the number of ballots naming it. */
    VOTES_COLUMN_MISMATCH,
    /** {@code num_votes} in {@code META} differs from the number of rows in {@code VOTES}. */
    NUM_VOTES_MISMATCH,
    /** {@code num_projects} in {@code META} differs from the number of rows in {@code PROJECTS}. */
    NUM_PROJECTS_MISMATCH
  }

  /**
   * Checks the report.
   *
   * @throws NullPointerException if kind or field is null
   * @throws IllegalArgumentException if line is negative
   */
  public Irregularity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative");
    }
  }
}
