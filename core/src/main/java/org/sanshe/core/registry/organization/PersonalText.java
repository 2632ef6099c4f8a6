package org.sanshe.core.registry.organization;

/** Masking of personal data in descriptions. Stateless. */
final class PersonalText {

  private PersonalText() {}

  /** Keeps the first code point of a name and stars the rest. */
  static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    int first = Character.charCount(name.codePointAt(0));
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  /** Keeps the first three and last two characters of a phone number. */
  static String maskPhone(String phone) {
    if (phone == null) {
      return "";
    }
    if (phone.length() <= 5) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 5)
        + phone.substring(phone.length() - 2);
  }

  /**
   * Refuses a personal name holding '*': that is how a masked name looks, so masked output (a
   * browser's JSON, a log line) can never be stored back as the name.
   */
  static String unmasked(String name, org.sanshe.core.error.Wording field) {
    if (name != null && name.indexOf('*') >= 0) {
      throw new org.sanshe.core.registry.RegistryException(
          org.sanshe.core.registry.RegistryError.ORGANIZATION_RECORD_INVALID,
          field,
          org.sanshe.core.error.Wording.of(
              "no '*': a masked name cannot be stored", "不得含“*”：不能存储脱敏后的姓名"));
    }
    return name;
  }
}
