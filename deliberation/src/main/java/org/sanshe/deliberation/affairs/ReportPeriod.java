package org.sanshe.deliberation.affairs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A reporting period of whole days, both ends included, such as a quarter {@code
 * 2026-01-01/2026-03-31}. Immutable; {@link #toString()} gives that form, which {@link
 * #parse(String)} reads back; ordered by start, then end.
 */
public final class ReportPeriod implements Comparable<ReportPeriod> {

  private final LocalDate first;
  private final LocalDate last;

  private ReportPeriod(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the period from one day to another, both included.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before first
   * @return the period
   * @throws AffairsException with {@code AFFAIRS_PERIOD_INVALID} if last is before first
   */
  public static ReportPeriod of(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new AffairsException(AffairsError.AFFAIRS_PERIOD_INVALID, first, last);
    }
    return new ReportPeriod(first, last);
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year
   * @return January 1 to December 31
   */
  public static ReportPeriod year(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Parses {@code first/last}.
   *
   * @param text the text, not null
   * @return the period
   * @throws AffairsException with {@code AFFAIRS_PERIOD_INVALID} if malformed
   */
  public static ReportPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    try {
      if (slash > 0) {
        return of(
            LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new AffairsException(AffairsError.AFFAIRS_PERIOD_INVALID, text, "");
  }

  /**
   * Returns the first day.
   *
   * @return the first day
   */
  public LocalDate first() {
    return first;
  }

  /**
   * Returns the last day.
   *
   * @return the last day
   */
  public LocalDate last() {
    return last;
  }

  /**
   * Tells whether a day lies in the period.
   *
   * @param day the day, not null
   * @return true if first &lt;= day &lt;= last
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  @Override
  public int compareTo(ReportPeriod other) {
    int c = first.compareTo(other.first);
    return c != 0 ? c : last.compareTo(other.last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportPeriod other && first.equals(other.first) && last.equals(other.last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  @Override
  public String toString() {
    return first + "/" + last;
  }
}
