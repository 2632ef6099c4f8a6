package org.sanshe.deliberation.error;

import org.sanshe.core.error.SansheException;

/**
 * The base of every failure in community affairs, escalation, consultations, votes and contests. A
 * command that throws it has changed nothing. Messages carry no personal data. Immutable.
 */
public class AffairsException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode the code, not null
   * @param arguments the message arguments, free of personal data
   */
  public AffairsException(AffairsError errorCode, Object... arguments) {
    super(errorCode, arguments);
  }

  /**
   * Returns the affairs error code.
   *
   * @return the code
   */
  public AffairsError affairsError() {
    return (AffairsError) errorCode();
  }
}
