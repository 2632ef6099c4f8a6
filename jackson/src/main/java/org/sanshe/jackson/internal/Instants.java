package org.sanshe.jackson.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Fast reading of the instants Sanshe writes ({@code 2026-03-01T08:00:00Z} and {@code
 * 2026-03-01T08:00:00.123Z}); any other form goes through {@link Instant#parse}. Stateless.
 */
public final class Instants {

  private Instants() {}

  /**
   * Parses an ISO-8601 instant.
   *
   * @param text the text
   * @return the instant
   * @throws DateTimeException if the text is no instant
   */
  public static Instant parse(String text) {
    int n = text.length();
    if ((n == 20 || n == 24)
        && text.charAt(n - 1) == 'Z'
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && (n == 20 || text.charAt(19) == '.')) {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      int millis = n == 24 ? digits(text, 20, 23) : 0;
      if ((year | month | day | hour | minute | second | millis) >= 0) {
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
            .toInstant(ZoneOffset.UTC);
      }
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new DateTimeException("not an ISO-8601 instant");
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
