package org.sanshe.testkit.generator;

import java.util.Objects;
import org.sanshe.core.identifier.ResidentIdNumber;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;

/**
 * A generated volunteer: the party, the time-bank account to open for it, a synthetic resident
 * identity number and an age. Immutable; {@code toString} masks the identity number.
 *
 * @param party the volunteer as a party
 * @param account the account to credit
 * @param idNumber a valid synthetic identity number
 * @param age the age in years
 */
public record Volunteer(PartyId party, AccountId account, ResidentIdNumber idNumber, int age) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public Volunteer {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(idNumber, "idNumber");
  }
}
