package org.sanshe.timebank.account;

import java.util.Objects;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * A snapshot of an account as the ledger holds it at one moment. Immutable.
 *
 * @param id the account id
 * @param number the ledger's dense account number, used by the fast path and the journal
 * @param kind what the account is for
 * @param status open, frozen or closed
 * @param limits its limits
 * @param balance the posted balance
 * @param pendingDebits reserved outgoing amounts not yet posted
 * @param pendingCredits reserved incoming amounts not yet posted
 */
public record Account(
    AccountId id,
    int number,
    AccountKind kind,
    AccountStatus status,
    AccountLimits limits,
    TimeCredit balance,
    TimeCredit pendingDebits,
    TimeCredit pendingCredits) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(pendingDebits, "pendingDebits");
    Objects.requireNonNull(pendingCredits, "pendingCredits");
  }

  /**
   * Returns what may still be debited: balance minus pending debits minus the minimum.
   *
   * @return the available amount (saturating for unbounded accounts)
   */
  public TimeCredit available() {
    if (!limits.hasMinimum()) {
      return TimeCredit.ofMinutes(Long.MAX_VALUE);
    }
    return balance.minus(pendingDebits).minus(TimeCredit.ofMinutes(limits.minimumMinutes()));
  }
}
