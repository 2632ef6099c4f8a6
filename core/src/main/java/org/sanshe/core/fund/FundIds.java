package org.sanshe.core.fund;

import org.sanshe.core.error.Wording;

/** The shared check of fund identifiers: 1 to 64 ASCII letters, digits, '-', '_', '.', ':'. */
final class FundIds {

  static final int MAX_LENGTH = 64;

  private FundIds() {}

  static boolean valid(String value) {
    return valid(value, MAX_LENGTH);
  }

  static boolean valid(String value, int maxLength) {
    if (value == null || value.isEmpty() || value.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '_'
              || c == '.'
              || c == ':';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String check(String value, String english, String chinese) {
    return check(value, MAX_LENGTH, english, chinese);
  }

  static String check(String value, int maxLength, String english, String chinese) {
    if (!valid(value, maxLength)) {
      throw new FundException(FundError.FUND_ID_INVALID, Wording.of(english, chinese));
    }
    return value;
  }

  static String actor(String actor) {
    if (!valid(actor)) {
      throw new FundException(FundError.FUND_ACTOR_INVALID);
    }
    return actor;
  }
}
