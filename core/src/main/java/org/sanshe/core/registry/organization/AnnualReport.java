package org.sanshe.core.registry.organization;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * An annual report (年报) for one year, submitted on a date. Immutable.
 *
 * @param year the year reported on
 * @param submittedOn the submission date
 */
public record AnnualReport(Year year, LocalDate submittedOn) {
  /** Checks for nulls. */
  public AnnualReport {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(submittedOn, "submittedOn");
  }
}
