package org.sanshe.timebank.account;

import java.util.List;
import java.util.Optional;

/**
 * The port of the register of account holders: which party holds which ledger account. The ledger
 * itself knows accounts only by id; the time bank asks this register before it lets anyone move
 * credits, and service verification credits only an account that the volunteer holds. Implemented
 * in memory ({@code MemoryAccountHolders}) and on a database ({@code JdbcAccountHolders} in
 * sanshe-time-bank-jdbc), so the register survives restarts with the journal.
 *
 * <p>Implementations must be thread-safe. A holder once recorded never changes.
 */
public interface AccountHolders {

  /**
   * Records the holder of an account unless one is recorded already.
   *
   * @param account the account, not null
   * @param holder the holder, not null
   * @return the holder on record afterwards: {@code holder}, or the one recorded before
   */
  PartyId register(AccountId account, PartyId holder);

  /**
   * Returns the holder of an account.
   *
   * @param account the account, not null
   * @return the holder, or empty if none is recorded
   */
  Optional<PartyId> holderOf(AccountId account);

  /**
   * Returns the accounts a party holds, in the order they were recorded.
   *
   * @param holder the holder, not null
   * @return the accounts, possibly empty
   */
  List<AccountId> accountsOf(PartyId holder);
}
