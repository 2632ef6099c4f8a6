package org.sanshe.core.registry;

import org.sanshe.core.error.SansheException;

/**
 * A registry command or input was refused: the base of every registry failure, carrying a {@link
 * RegistryError}. A refused command has changed nothing. Immutable.
 */
public class RegistryException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code, not null
   * @param arguments the message arguments
   */
  public RegistryException(RegistryError errorCode, Object... arguments) {
    super(errorCode, arguments);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param errorCode the code, not null
   * @param cause the cause, may be null
   * @param arguments the message arguments
   */
  public RegistryException(RegistryError errorCode, Throwable cause, Object... arguments) {
    super(errorCode, cause, arguments);
  }
}
