package org.sanshe.timebank.ledger;

import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * A request to move hours from one account to another. Amount and accounts are checked by the
 * ledger, so that a bad request is refused with its specific code. Immutable.
 *
 * @param id the client-supplied id
 * @param debit the account that pays
 * @param credit the account that receives
 * @param amount the amount
 * @param kind why the hours move
 */
public record TransferRequest(
    TransferId id, AccountId debit, AccountId credit, TimeCredit amount, TransferKind kind) {

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public TransferRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(kind, "kind");
  }
}
