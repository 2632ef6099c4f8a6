package org.sanshe.timebank.rota;

import org.sanshe.timebank.error.IdRules;

/**
 * The id of a patrol rota (排班表). Immutable.
 *
 * @param value the id (see {@link IdRules})
 */
public record RotaId(String value) {

  /**
   * Checks the form.
   *
   * @throws NullPointerException if value is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ID_INVALID} if malformed
   */
  public RotaId {
    IdRules.check("rotaId", value);
  }

  /**
   * Returns the id of a value.
   *
   * @param value the value
   * @return the id
   */
  public static RotaId of(String value) {
    return new RotaId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
