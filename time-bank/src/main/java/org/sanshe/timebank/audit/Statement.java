package org.sanshe.timebank.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * An account statement between two instants (from inclusive, to exclusive): the opening balance,
 * every movement with its running balance, and the closing balance. Immutable.
 *
 * @param account the account
 * @param from the start, inclusive
 * @param to the end, exclusive
 * @param opening the balance at {@code from}
 * @param lines the movements in journal order
 * @param closing the balance at {@code to}
 */
public record Statement(
    AccountId account,
    Instant from,
    Instant to,
    TimeCredit opening,
    List<StatementLine> lines,
    TimeCredit closing) {

  /**
   * Checks for nulls and copies the lines.
   *
   * @throws NullPointerException if a component is null
   */
  public Statement {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(opening, "opening");
    lines = List.copyOf(lines);
    Objects.requireNonNull(closing, "closing");
  }
}
