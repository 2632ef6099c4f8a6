package org.sanshe.timebank.error;

import org.sanshe.core.error.SansheException;

/**
 * The base of every time-bank failure; carries a {@link TimeBankError}. A command that throws it
 * has changed nothing. Immutable once thrown.
 */
public class TimeBankException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the code, not null
   * @param arguments the message arguments, free of personal data
   */
  public TimeBankException(TimeBankError error, Object... arguments) {
    super(error, arguments);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param error the code, not null
   * @param cause the cause, may be null
   * @param arguments the message arguments, free of personal data
   */
  public TimeBankException(TimeBankError error, Throwable cause, Object... arguments) {
    super(error, cause, arguments);
  }

  /**
   * Returns the time-bank code.
   *
   * @return the code
   */
  public TimeBankError error() {
    return (TimeBankError) errorCode();
  }
}
