package org.sanshe.deliberation.affairs;

import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.error.AffairsException;

/**
 * Who reported a matter: a resident's name and phone number, kept for follow-up but masked in
 * {@link #toString()} ({@code 张*}, {@code 138****5678}), or an anonymous report. Immutable and
 * thread-safe; equal when name and phone are equal.
 */
public final class Reporter {

  private static final Reporter ANONYMOUS = new Reporter(null, null);

  private final String name;
  private final String phone;

  private Reporter(String name, String phone) {
    this.name = name;
    this.phone = phone;
  }

  /**
   * Returns an anonymous reporter.
   *
   * @return the anonymous reporter
   */
  public static Reporter anonymous() {
    return ANONYMOUS;
  }

  /**
   * Returns a named reporter.
   *
   * @param name the name, not null or blank
   * @param phone the phone number, or null when not given
   * @return the reporter
   * @throws AffairsException with {@code AFFAIRS_TEXT_BLANK} for a blank name or phone
   */
  public static Reporter of(String name, String phone) {
    return new Reporter(
        Checks.text(name, "reporter name"), phone == null ? null : Checks.text(phone, "phone"));
  }

  /**
   * Tells whether the report was anonymous.
   *
   * @return true when no name is known
   */
  public boolean isAnonymous() {
    return name == null;
  }

  /**
   * Returns the name in full: personal data, never log it.
   *
   * @return the name, or empty for an anonymous report
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the phone number in full: personal data, never log it.
   *
   * @return the phone number, or empty
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * Returns the masked name: the first character, then one {@code *} per further character.
   *
   * @return the masked name, or {@code anonymous}
   */
  public String maskedName() {
    if (name == null) {
      return "anonymous";
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }

  /**
   * Returns the masked phone number: the first three and last four characters kept when longer than
   * eight, otherwise every character but the last two masked.
   *
   * @return the masked number, or empty
   */
  public Optional<String> maskedPhone() {
    if (phone == null) {
      return Optional.empty();
    }
    int n = phone.length();
    if (n > 8) {
      return Optional.of(phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4));
    }
    return Optional.of("*".repeat(Math.max(0, n - 2)) + phone.substring(Math.max(0, n - 2)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reporter other
        && Objects.equals(name, other.name)
        && Objects.equals(phone, other.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, phone);
  }

  /**
   * Returns the masked form, such as {@code Reporter[张*, 138****5678]}.
   *
   * @return the masked reporter
   */
  @Override
  public String toString() {
    return "Reporter[" + maskedName() + maskedPhone().map(p -> ", " + p).orElse("") + "]";
  }
}
