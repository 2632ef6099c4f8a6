package org.sanshe.core.identifier;

import org.sanshe.core.error.ErrorCode;
import org.sanshe.core.error.SansheException;

/**
 * An identifier (credit code, resident ID number, division code) failed its syntax or check rules.
 * The message names the rule and, for credit and division codes, the offending character; it never
 * contains a resident ID number. Immutable.
 */
public class InvalidIdentifierException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code
   * @param arguments the message arguments
   */
  public InvalidIdentifierException(ErrorCode errorCode, Object... arguments) {
    super(errorCode, arguments);
  }
}
