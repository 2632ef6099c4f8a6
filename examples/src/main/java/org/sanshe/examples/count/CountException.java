package org.sanshe.examples.count;

import org.sanshe.core.error.SansheException;

/** A refused command line or file, with a {@link CountError} code. Immutable once thrown. */
public final class CountException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the code, not null
   * @param arguments the message arguments (see the code's javadoc)
   */
  public CountException(CountError error, Object... arguments) {
    super(error, arguments);
  }
}
