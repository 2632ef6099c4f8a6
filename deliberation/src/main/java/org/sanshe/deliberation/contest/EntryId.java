package org.sanshe.deliberation.contest;

import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * The identity of an entry (a proposal) in a contest. Immutable.
 *
 * @param value 1 to 64 characters without white space
 */
public record EntryId(String value) implements Comparable<EntryId> {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public EntryId {
    Checks.id(value, "entry id");
  }

  /**
   * Returns the id.
   *
   * @param value the text
   * @return the id
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
