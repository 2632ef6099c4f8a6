package org.sanshe.timebank.commitment;

import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;

/**
 * The volunteers below the yearly minimum of service. Immutable.
 *
 * @param year the calendar year
 * @param minimumMinutes the minimum, in minutes
 * @param checked how many volunteers were checked
 * @param under the volunteers below it, in the order checked
 */
public record AnnualServiceReport(
    int year, long minimumMinutes, int checked, List<Shortfall> under) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if the list is null or holds null
   */
  public AnnualServiceReport {
    under = List.copyOf(under);
  }

  /**
   * One volunteer below the minimum. Immutable.
   *
   * @param volunteer the volunteer
   * @param servedMinutes the verified minutes served in the year
   * @param missingMinutes the minutes missing to the minimum, positive
   */
  public record Shortfall(PartyId volunteer, long servedMinutes, long missingMinutes) {
    /** Checks for nulls. */
    public Shortfall {
      Objects.requireNonNull(volunteer, "volunteer");
    }
  }
}
