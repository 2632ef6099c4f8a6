package org.sanshe.core.money;

import org.sanshe.core.error.SansheException;

/** A money amount could not be parsed or computed exactly. Immutable. */
public class MoneyException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code
   * @param arguments the message arguments
   */
  public MoneyException(MoneyError errorCode, Object... arguments) {
    super(errorCode, arguments);
  }
}
