package org.sanshe.timebank.audit;

import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;

/**
 * The result of reconciling a ledger: the sum of all posted balances (zero in a sound ledger) and
 * every account whose cached balance or pending amounts differ from their recomputation from the
 * journal. Immutable.
 *
 * @param lastSequence the journal position reconciled
 * @param accounts how many accounts were checked
 * @param sumOfBalances the sum of cached posted balances, in minutes
 * @param mismatches the accounts that differ
 */
public record ReconciliationReport(
    long lastSequence, int accounts, long sumOfBalances, List<Mismatch> mismatches) {

  /**
   * Checks for null and copies the list.
   *
   * @throws NullPointerException if mismatches is null
   */
  public ReconciliationReport {
    mismatches = List.copyOf(Objects.requireNonNull(mismatches, "mismatches"));
  }

  /**
   * Tells whether the ledger reconciles: the sum is zero and nothing differs.
   *
   * @return true if sound
   */
  public boolean balanced() {
    return sumOfBalances == 0 && mismatches.isEmpty();
  }

  /**
   * One account whose cache differs from the journal.
   *
   * @param account the account
   * @param cachedBalance the cached posted balance
   * @param journalBalance the balance recomputed from the journal
   * @param cachedPending the cached pending debits plus credits
   * @param journalPending the pending amounts recomputed from the journal
   */
  public record Mismatch(
      AccountId account,
      long cachedBalance,
      long journalBalance,
      long cachedPending,
      long journalPending) {}
}
