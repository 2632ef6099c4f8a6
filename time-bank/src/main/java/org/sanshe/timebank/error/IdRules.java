package org.sanshe.timebank.error;

import java.util.Objects;

/**
 * The shared form of the time bank's string identifiers: 1 to 64 characters from {@code A-Z a-z 0-9
 * . _ : -}. Identifiers are opaque codes chosen by the integrator and must not carry personal data.
 * Stateless and thread-safe.
 */
public final class IdRules {

  /** The longest identifier allowed. */
  public static final int MAX_LENGTH = 64;

  private IdRules() {}

  /**
   * Checks an identifier.
   *
   * @param kind the kind of id, for the message, not null
   * @param value the value
   * @return the value
   * @throws NullPointerException if value is null
   * @throws TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public static String check(String kind, String value) {
    Objects.requireNonNull(value, kind);
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ID_INVALID, kind, "1 to 64 characters");
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        throw new TimeBankException(
            TimeBankError.TIMEBANK_ID_INVALID, kind, "only A-Z a-z 0-9 . _ : -");
      }
    }
    return value;
  }
}
