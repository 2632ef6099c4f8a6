package org.sanshe.timebank.rota;

import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;

/**
 * One change to one dated shift of a rota: a swap (a member hands the shift to another volunteer)
 * or an absence (a member will not come). Changes apply in the order made. Immutable.
 *
 * @param day the date of the shift
 * @param slot the index of the shift in the rota's weekly slots
 * @param member the member leaving the shift
 * @param replacement who takes it over, or null for an absence
 */
public record RotaChange(LocalDate day, int slot, PartyId member, RotaMember replacement) {
  /** Checks for nulls. */
  public RotaChange {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(member, "member");
  }

  /**
   * Tells whether this is an absence.
   *
   * @return true if nobody replaces the member
   */
  public boolean isAbsence() {
    return replacement == null;
  }
}
