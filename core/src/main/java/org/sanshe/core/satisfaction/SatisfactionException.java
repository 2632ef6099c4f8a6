package org.sanshe.core.satisfaction;

import org.sanshe.core.error.SansheException;

/**
 * A satisfaction-scoring rule refused an input: an answer outside its scale, weights that do not
 * sum to 1, an unknown item, a NaN, a duplicate response. The code says which rule. An operation
 * that throws it has changed nothing. Immutable.
 */
public class SatisfactionException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code, not null
   * @param arguments the message arguments, free of personal data
   */
  public SatisfactionException(SatisfactionError errorCode, Object... arguments) {
    super(errorCode, arguments);
  }
}
