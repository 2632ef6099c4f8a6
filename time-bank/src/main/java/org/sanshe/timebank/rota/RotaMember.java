package org.sanshe.timebank.rota;

import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;

/**
 * A volunteer on a rota with the account their shifts are credited to (given once, here).
 * Immutable.
 *
 * @param volunteer the volunteer
 * @param account the volunteer's account
 */
public record RotaMember(PartyId volunteer, AccountId account) {
  /** Checks for nulls. */
  public RotaMember {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(account, "account");
  }
}
