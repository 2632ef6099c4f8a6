package org.sanshe.deliberation.ballot;

import org.sanshe.core.error.SansheException;

/**
 * A refused ballot, count, budget or data file, with a {@link VotingError} code and the ballot or
 * line that caused it. Immutable once thrown.
 */
public class VotingException extends SansheException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the code, not null
   * @param arguments the message arguments (see the code's javadoc)
   */
  public VotingException(VotingError error, Object... arguments) {
    super(error, arguments);
  }
}
