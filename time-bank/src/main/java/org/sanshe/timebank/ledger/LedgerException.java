package org.sanshe.timebank.ledger;

import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * A refused ledger command; nothing was changed. For a linked batch the code is {@code
 * LEDGER_LINKED_TRANSFER_FAILED} and the cause is the failing transfer's own exception. Immutable.
 */
public class LedgerException extends TimeBankException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the code
   * @param arguments the arguments
   */
  public LedgerException(TimeBankError error, Object... arguments) {
    super(error, arguments);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param error the code
   * @param cause the cause
   * @param arguments the arguments
   */
  public LedgerException(TimeBankError error, Throwable cause, Object... arguments) {
    super(error, cause, arguments);
  }
}
