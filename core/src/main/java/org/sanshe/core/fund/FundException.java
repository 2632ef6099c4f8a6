package org.sanshe.core.fund;

import org.sanshe.core.error.SansheException;

/**
 * A fund or fee command or input was refused: the base of every failure of {@code
 * org.sanshe.core.fund} and {@code org.sanshe.core.fee}, carrying a {@link FundError}. A refused
 * command has changed nothing. Immutable once thrown.
 */
public class FundException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code, not null
   * @param arguments the message arguments (never amounts or personal data the caller gave)
   */
  public FundException(FundError errorCode, Object... arguments) {
    super(errorCode, arguments);
  }
}
