package org.sanshe.core.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.Localizable;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.error.Wording;

/**
 * Checks that caller-supplied dates and instants are plausible: not before {@link #EARLIEST_DATE}
 * and, where a clock is at hand, not after its present (an instant may run ahead of the clock by
 * {@link #CLOCK_SKEW} at most, for callers whose clocks differ a little). Without a clock (when a
 * snapshot is restored), a date must not be after {@link #LATEST_DATE}.
 *
 * <p>Refusals are {@link SansheException}s with {@code TIME_IMPLAUSIBLE} naming the field and the
 * rule, never the value. Stateless and thread-safe; arguments must not be null.
 */
public final class PlausibleTime {

  /** The earliest date any Sanshe record may carry: {@value}-01-01. */
  public static final int EARLIEST_YEAR = 1900;

  /** The earliest date any Sanshe record may carry. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);

  /** The latest date a restored record may carry when no clock is at hand. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

  /** The earliest instant any Sanshe record may carry (1900-01-01T00:00Z). */
  public static final Instant EARLIEST_INSTANT =
      EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The latest instant any Sanshe record may carry (the end of {@link #LATEST_DATE}, UTC). */
  public static final Instant LATEST_INSTANT =
      LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** How far a caller's instant may run ahead of the clock: 5 minutes. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private static final Wording NOT_FUTURE =
      Wording.of(
          "it must lie between " + EARLIEST_YEAR + " and today", "应在 " + EARLIEST_YEAR + " 年至今天之间");
  private static final Wording IN_RANGE =
      Wording.of(
          "it must lie between " + EARLIEST_YEAR + " and " + LATEST_DATE.getYear(),
          "应在 " + EARLIEST_YEAR + " 年至 " + LATEST_DATE.getYear() + " 年之间");
  private static final Wording NOT_FUTURE_INSTANT =
      Wording.of(
          "it must lie between " + EARLIEST_YEAR + " and now", "应在 " + EARLIEST_YEAR + " 年至当前时刻之间");

  private PlausibleTime() {}

  /**
   * Checks that a date lies between {@link #EARLIEST_DATE} and the clock's today (in its zone).
   *
   * @param date the date, not null
   * @param field the field's name, for the message, not null
   * @param clock the clock, not null
   * @return the date
   * @throws SansheException with {@code TIME_IMPLAUSIBLE}
   */
  public static LocalDate notAfterToday(LocalDate date, Localizable field, Clock clock) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(clock, "clock");
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LocalDate.now(clock))) {
      throw new SansheException(CoreError.TIME_IMPLAUSIBLE, field, NOT_FUTURE);
    }
    return date;
  }

  /**
   * Checks that a date lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}.
   *
   * @param date the date, not null
   * @param field the field's name, for the message, not null
   * @return the date
   * @throws SansheException with {@code TIME_IMPLAUSIBLE}
   */
  public static LocalDate inRange(LocalDate date, Localizable field) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(field, "field");
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new SansheException(CoreError.TIME_IMPLAUSIBLE, field, IN_RANGE);
    }
    return date;
  }

  /**
   * Checks that an instant lies between {@link #EARLIEST_INSTANT} and the clock's present plus
   * {@link #CLOCK_SKEW}.
   *
   * @param instant the instant, not null
   * @param field the field's name, for the message, not null
   * @param clock the clock, not null
   * @return the instant
   * @throws SansheException with {@code TIME_IMPLAUSIBLE}
   */
  public static Instant notAfterNow(Instant instant, Localizable field, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return notAfter(instant, field, clock.instant());
  }

  /**
   * Checks that an instant lies between {@link #EARLIEST_INSTANT} and a present instant plus {@link
   * #CLOCK_SKEW}, for aggregates handed the present by their desk.
   *
   * @param instant the instant, not null
   * @param field the field's name, for the message, not null
   * @param now the present, not null
   * @return the instant
   * @throws SansheException with {@code TIME_IMPLAUSIBLE}
   */
  public static Instant notAfter(Instant instant, Localizable field, Instant now) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(now, "now");
    if (instant.isBefore(EARLIEST_INSTANT)
        || instant.getEpochSecond() - CLOCK_SKEW.getSeconds() > now.getEpochSecond()) {
      throw new SansheException(CoreError.TIME_IMPLAUSIBLE, field, NOT_FUTURE_INSTANT);
    }
    return instant;
  }
}
