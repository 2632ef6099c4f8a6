package org.sanshe.timebank.ledger;

/**
 * The cached balances of every account at one journal position, indexed by account number. The
 * arrays are copies owned by the snapshot; treat them as read-only.
 *
 * @param lastSequence the last journal sequence included
 * @param balances the posted balances
 * @param pendingDebits the reserved outgoing amounts
 * @param pendingCredits the reserved incoming amounts
 */
public record BalanceSnapshot(
    long lastSequence, long[] balances, long[] pendingDebits, long[] pendingCredits) {

  /**
   * Returns the number of accounts.
   *
   * @return the count
   */
  public int accountCount() {
    return balances.length;
  }
}
