package org.sanshe.core.registry.access;

import java.time.LocalDate;

/** The length of one row of a {@link BurdenReport}: calendar months, quarters or years. */
public enum ReportInterval {
  /** Calendar months. */
  MONTH(1),
  /** Calendar quarters (January, April, July, October). */
  QUARTER(3),
  /** Calendar years. */
  YEAR(12);

  private final int months;

  ReportInterval(int months) {
    this.months = months;
  }

  /**
   * Returns the length in months.
   *
   * @return 1, 3 or 12
   */
  public int months() {
    return months;
  }

  /**
   * Returns the first day of the period holding a date.
   *
   * @param date the date, not null
   * @return the period's first day
   */
  public LocalDate start(LocalDate date) {
    int month = (date.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(date.getYear(), month, 1);
  }

  /**
   * Returns the first day of the next period.
   *
   * @param start a period's first day, not null
   * @return the next period's first day
   */
  public LocalDate next(LocalDate start) {
    return start.plusMonths(months);
  }
}
