package org.sanshe.core.fund;

import java.util.Objects;
import org.sanshe.core.money.Money;

/**
 * An account of a fund and its balance. Immutable and thread-safe; no component is null.
 *
 * @param id the account
 * @param kind its kind (which sets its floor)
 * @param balance its balance
 */
public record AccountBalance(FundAccountId id, FundAccountKind kind, Money balance) {

  /** Checks for nulls. */
  public AccountBalance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(balance, "balance");
  }
}
