package org.sanshe.core.satisfaction.response;

import org.sanshe.core.satisfaction.SatisfactionError;
import org.sanshe.core.satisfaction.SatisfactionException;

/**
 * A second response of the same respondent for the same subject and period, under {@link
 * DuplicatePolicy#REJECT}; code {@code SATISFACTION_DUPLICATE_RESPONSE}. The message names the
 * subject and period, never the respondent. Immutable.
 */
public class DuplicateResponseException extends SatisfactionException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param key the duplicated key, not null
   */
  public DuplicateResponseException(ResponseKey key) {
    super(SatisfactionError.SATISFACTION_DUPLICATE_RESPONSE, key.subject(), key.period());
  }
}
