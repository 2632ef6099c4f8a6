package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * When ballots are accepted: from the opening instant included to the closing instant excluded.
 * Immutable; {@link #toString()} gives {@code 2026-03-01T00:00:00Z/2026-03-08T00:00:00Z}, which
 * {@link #parse(String)} reads back; ordered by opening, then closing.
 */
public final class VotingWindow implements Comparable<VotingWindow> {

  private final Instant opens;
  private final Instant closes;

  private VotingWindow(Instant opens, Instant closes) {
    this.opens = opens;
    this.closes = closes;
  }

  /**
   * Returns a window.
   *
   * @param opens the first instant ballots are accepted, not null
   * @param closes the first instant they are no longer accepted, not null, after opens
   * @return the window
   * @throws AffairsException with {@code VOTE_WINDOW_INVALID} unless opens is before closes
   */
  public static VotingWindow of(Instant opens, Instant closes) {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!opens.isBefore(closes)) {
      throw new AffairsException(AffairsError.VOTE_WINDOW_INVALID, opens, closes);
    }
    return new VotingWindow(opens, closes);
  }

  /** The longest text {@link #parse} reads: two ISO-8601 instants and a slash, {@value}. */
  public static final int MAX_TEXT_LENGTH = 128;

  /**
   * Parses {@code opens/closes} in ISO-8601 instants, at most {@link #MAX_TEXT_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the window
   * @throws AffairsException with {@code VOTE_WINDOW_INVALID} if malformed
   */
  public static VotingWindow parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash > 0 && text.length() <= MAX_TEXT_LENGTH) {
        return of(
            Instant.parse(text.substring(0, slash)), Instant.parse(text.substring(slash + 1)));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    // The text is not shown: it may hold whatever was typed into the wrong field.
    throw new AffairsException(AffairsError.VOTE_WINDOW_INVALID, "?", "?");
  }

  /**
   * Tells whether ballots are accepted at an instant.
   *
   * @param instant the instant, not null
   * @return true if opens &lt;= instant &lt; closes
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(opens) && instant.isBefore(closes);
  }

  /**
   * Tells whether the window has closed at an instant.
   *
   * @param instant the instant, not null
   * @return true if instant &gt;= closes
   */
  public boolean isClosedAt(Instant instant) {
    return !instant.isBefore(closes);
  }

  /**
   * Returns the opening instant.
   *
   * @return opens
   */
  public Instant opens() {
    return opens;
  }

  /**
   * Returns the closing instant (excluded).
   *
   * @return closes
   */
  public Instant closes() {
    return closes;
  }

  @Override
  public int compareTo(VotingWindow other) {
    int c = opens.compareTo(other.opens);
    return c != 0 ? c : closes.compareTo(other.closes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VotingWindow other
        && opens.equals(other.opens)
        && closes.equals(other.closes);
  }

  @Override
  public int hashCode() {
    return opens.hashCode() * 31 + closes.hashCode();
  }

  @Override
  public String toString() {
    return opens + "/" + closes;
  }
}
