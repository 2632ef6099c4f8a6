package org.sanshe.core.satisfaction.response;

import java.util.Objects;
import java.util.regex.Pattern;
import org.sanshe.core.error.Wording;
import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * An evaluation period: a year ({@code 2026}), a half ({@code 2026-H1}), a quarter ({@code
 * 2026-Q3}) or a month ({@code 2026-07}). {@code toString} gives the code, which {@link #parse}
 * reads back. Periods order by their code. Immutable and thread-safe.
 *
 * @param code the period's code
 */
public record Period(String code) implements Comparable<Period> {

  private static final Pattern FORM = Pattern.compile("[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

  /**
   * Checks the form.
   *
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public Period {
    Objects.requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw new SatisfactionException(
          SatisfactionError.SATISFACTION_IDENTIFIER_INVALID,
          Wording.of("period", "期间"),
          Wording.of("yyyy, yyyy-H1, yyyy-Q1 or yyyy-MM", "应为 yyyy、yyyy-H1、yyyy-Q1 或 yyyy-MM"));
    }
  }

  /**
   * Parses a period.
   *
   * @param text the code, not null
   * @return the period
   * @throws SatisfactionException with {@code SATISFACTION_IDENTIFIER_INVALID} if malformed
   */
  public static Period parse(CharSequence text) {
    return new Period(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * Returns a year.
   *
   * @param year the year, 0 to 9999
   * @return the period
   */
  public static Period ofYear(int year) {
    return new Period(String.format(java.util.Locale.ROOT, "%04d", year));
  }

  @Override
  public int compareTo(Period other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
