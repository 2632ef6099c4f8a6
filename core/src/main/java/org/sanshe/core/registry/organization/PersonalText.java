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
}
