package org.sanshe.timebank.service;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a service record (志愿服务记录). Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record ServiceRecordId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public ServiceRecordId {
    IdRules.check("serviceRecordId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static ServiceRecordId of(String value) {
    return new ServiceRecordId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
