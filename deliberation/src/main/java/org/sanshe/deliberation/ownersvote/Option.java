package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * A choice on a ballot, such as {@link #FOR}, {@link #AGAINST}, {@link #ABSTAIN}, or a grade
 * ({@code EXCELLENT}) or a proposal code: 1 to 40 characters of upper-case ASCII letters, digits,
 * {@code _} and {@code -}. Immutable.
 *
 * @param code the code
 */
public record Option(String code) {

  /** In favour (同意). */
  public static final Option FOR = new Option("FOR");

  /** Against (反对). */
  public static final Option AGAINST = new Option("AGAINST");

  /** Abstain (弃权): takes part in the vote without supporting or opposing. */
  public static final Option ABSTAIN = new Option("ABSTAIN");

  /**
   * Checks the code.
   *
   * @throws NullPointerException if code is null
   * @throws AffairsException with {@code VOTE_OPTIONS_INVALID}
   */
  public Option {
    Objects.requireNonNull(code, "code");
    boolean ok = !code.isEmpty() && code.length() <= 40;
    for (int i = 0; ok && i < code.length(); i++) {
      char c = code.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
    if (!ok) {
      throw new AffairsException(AffairsError.VOTE_OPTIONS_INVALID, code);
    }
  }

  /**
   * Returns an option.
   *
   * @param code the code
   * @return the option
   */
  public static Option of(String code) {
    return new Option(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
