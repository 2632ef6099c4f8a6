package org.sanshe.core.identifier;

import java.util.Objects;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.Wording;

/**
 * A keyed hash of a personal identifier, made by a {@link PersonalDataHasher}: 64 lower-case hex
 * digits. Safe to store, log and compare. Immutable and thread-safe.
 *
 * @param hex the 64 hex digits
 */
public record HashedIdentity(String hex) {

  /**
   * Checks the form.
   *
   * @throws InvalidIdentifierException with {@code ARGUMENT_INVALID} unless 64 lower-case hex
   *     digits
   */
  public HashedIdentity {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 64
        || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new InvalidIdentifierException(
          CoreError.ARGUMENT_INVALID,
          Wording.of("The hashed identity", "哈希身份"),
          Wording.of("64 lower-case hex digits", "应为 64 位小写十六进制数字"));
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
