package org.sanshe.core.registry.programme;

import java.util.Objects;
import org.sanshe.core.money.Money;

/**
 * The four figures of a budget line, a source or a programme: planned, committed (current, after
 * returns and releases), paid (gross) and returned. The rules of a line: {@code returned <= paid}
 * and {@code paid - returned <= committed}. Immutable and thread-safe; exact in fen.
 *
 * @param planned the amount planned
 * @param committed the amount committed now
 * @param paid the amount paid out, before returns
 * @param returned the amount given back
 */
public record BudgetFigures(Money planned, Money committed, Money paid, Money returned) {

  /** No money anywhere. */
  public static final BudgetFigures ZERO =
      new BudgetFigures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  /** Checks for nulls. */
  public BudgetFigures {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(returned, "returned");
  }

  /**
   * Returns what was paid and not given back.
   *
   * @return paid minus returned
   */
  public Money netPaid() {
    return paid.minus(returned);
  }

  /**
   * Returns what is committed and not yet paid.
   *
   * @return committed minus net paid
   */
  public Money unpaid() {
    return committed.minus(netPaid());
  }

  /**
   * Adds other figures, figure by figure.
   *
   * @param o the other, not null
   * @return the sums
   * @throws ArithmeticException on overflow of a long number of fen
   */
  public BudgetFigures plus(BudgetFigures o) {
    return new BudgetFigures(
        planned.plus(o.planned),
        committed.plus(o.committed),
        paid.plus(o.paid),
        returned.plus(o.returned));
  }

  /**
   * Applies a movement's effect (without checking any rule).
   *
   * @param kind the kind, not null
   * @param amount the amount, not null
   * @return the new figures
   */
  public BudgetFigures apply(BudgetMovementKind kind, Money amount) {
    return switch (kind) {
      case PLANNED -> new BudgetFigures(planned.plus(amount), committed, paid, returned);
      case COMMITTED -> new BudgetFigures(planned, committed.plus(amount), paid, returned);
      case PAID -> new BudgetFigures(planned, committed, paid.plus(amount), returned);
      case RETURNED ->
          new BudgetFigures(planned, committed.minus(amount), paid, returned.plus(amount));
      case RELEASED -> new BudgetFigures(planned, committed.minus(amount), paid, returned);
    };
  }

  /**
   * Tells whether the figures keep the rules of a line.
   *
   * @return true if all figures are not negative, {@code returned <= paid} and {@code paid -
   *     returned <= committed}
   */
  public boolean consistent() {
    return !planned.isNegative()
        && !committed.isNegative()
        && !paid.isNegative()
        && !returned.isNegative()
        && returned.compareTo(paid) <= 0
        && netPaid().compareTo(committed) <= 0;
  }
}
