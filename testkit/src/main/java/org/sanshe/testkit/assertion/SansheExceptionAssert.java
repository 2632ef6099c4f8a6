package org.sanshe.testkit.assertion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.SansheException;

/**
 * Assertions on a {@link SansheException}: its stable error code and arguments. Obtained from
 * {@code SansheAssertions.assertThatSanshe(() -> ...)}, which fails when the code throws nothing or
 * something that is not a Sanshe exception. Not thread-safe.
 */
public final class SansheExceptionAssert
    extends AbstractAssert<SansheExceptionAssert, SansheException> {

  /**
   * Creates the assertion.
   *
   * @param actual the exception, may be null (every assertion then fails)
   */
  public SansheExceptionAssert(SansheException actual) {
    super(actual, SansheExceptionAssert.class);
  }

  /**
   * Verifies the error code.
   *
   * @param expected the code, e.g. {@code "USCC_CHECK_CHARACTER"}, not null
   * @return this assertion
   */
  public SansheExceptionAssert hasCode(String expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    if (!actual.code().equals(expected)) {
      failWithMessage(
          "Expected a Sanshe exception with code %s but the code was %s (%s)",
          expected, actual.code(), actual.message(Locale.ENGLISH));
    }
    return this;
  }

  /**
   * Verifies the error code.
   *
   * @param expected the code, not null
   * @return this assertion
   */
  public SansheExceptionAssert hasCode(ErrorCode expected) {
    return hasCode(Objects.requireNonNull(expected, "expected").code());
  }

  /**
   * Verifies the message arguments, in order.
   *
   * @param expected the arguments, not null
   * @return this assertion
   */
  public SansheExceptionAssert hasArguments(Object... expected) {
    isNotNull();
    if (!actual.arguments().equals(Arrays.asList(expected))) {
      failWithMessage(
          "Expected the %s exception to have arguments %s but they were %s",
          actual.code(), Arrays.asList(expected), actual.arguments());
    }
    return this;
  }
}
