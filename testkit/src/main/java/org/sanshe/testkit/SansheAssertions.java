package org.sanshe.testkit;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.satisfaction.score.SubjectScore;
import org.sanshe.deliberation.budgeting.BudgetOutcome;
import org.sanshe.deliberation.counting.InstantRunoff;
import org.sanshe.deliberation.counting.Schulze;
import org.sanshe.deliberation.counting.Scoreboard;
import org.sanshe.testkit.assertion.BudgetAssert;
import org.sanshe.testkit.assertion.ElectionAssert;
import org.sanshe.testkit.assertion.LedgerAssert;
import org.sanshe.testkit.assertion.SansheExceptionAssert;
import org.sanshe.testkit.assertion.ScoreAssert;
import org.sanshe.testkit.assertion.ScoreboardAssert;
import org.sanshe.testkit.assertion.StatementAssert;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.ledger.Ledger;

/**
 * The entry point of the Sanshe AssertJ assertions: {@code import static
 * org.sanshe.testkit.SansheAssertions.assertThat;} next to AssertJ's own (the overloads do not
 * clash). Stateless.
 */
public final class SansheAssertions {

  private SansheAssertions() {}

  /**
   * Starts assertions on a ledger: balanced, intact chain, balances.
   *
   * @param ledger the ledger
   * @return the assertion
   */
  public static LedgerAssert assertThat(Ledger ledger) {
    return new LedgerAssert(ledger);
  }

  /**
   * Starts assertions on a time bank's ledger.
   *
   * @param bank the time bank
   * @return the assertion on {@code bank.ledger()}
   */
  public static LedgerAssert assertThat(TimeBank bank) {
    return new LedgerAssert(bank == null ? null : bank.ledger());
  }

  /**
   * Starts assertions on an account statement.
   *
   * @param statement the statement
   * @return the assertion
   */
  public static StatementAssert assertThat(Statement statement) {
    return new StatementAssert(statement);
  }

  /**
   * Starts assertions on a score tally (plurality, approval, Borda, score voting).
   *
   * @param tally the tally
   * @return the assertion
   */
  public static ScoreboardAssert assertThat(Scoreboard tally) {
    return new ScoreboardAssert(tally);
  }

  /**
   * Starts assertions on a Schulze election.
   *
   * @param result the result
   * @return the assertion on its winner
   */
  public static ElectionAssert assertThat(Schulze.Result result) {
    return new ElectionAssert("Schulze", result == null ? null : result.winner());
  }

  /**
   * Starts assertions on an instant-runoff election.
   *
   * @param result the result
   * @return the assertion on its winner
   */
  public static ElectionAssert assertThat(InstantRunoff.Result result) {
    return new ElectionAssert("instant runoff", result == null ? null : result.winner());
  }

  /**
   * Starts assertions on a participatory-budget outcome.
   *
   * @param outcome the outcome
   * @return the assertion
   */
  public static BudgetAssert assertThat(BudgetOutcome outcome) {
    return new BudgetAssert(outcome);
  }

  /**
   * Starts assertions on a satisfaction score.
   *
   * @param score the score
   * @return the assertion
   */
  public static ScoreAssert assertThat(SubjectScore score) {
    return new ScoreAssert(score);
  }

  /**
   * Starts assertions on a Sanshe exception.
   *
   * @param exception the exception
   * @return the assertion
   */
  public static SansheExceptionAssert assertThat(SansheException exception) {
    return new SansheExceptionAssert(exception);
  }

  /**
   * Runs code that must throw a {@link SansheException} and starts assertions on it; fails when it
   * throws nothing or another exception, saying what it threw.
   *
   * @param code the code to run, not null
   * @return the assertion on the exception thrown
   */
  public static SansheExceptionAssert assertThatSanshe(ThrowingCallable code) {
    Throwable thrown = Assertions.catchThrowable(code);
    if (thrown == null) {
      throw new AssertionError("Expected a Sanshe exception to be thrown but nothing was thrown");
    }
    if (!(thrown instanceof SansheException sanshe)) {
      throw new AssertionError(
          "Expected a Sanshe exception to be thrown but "
              + thrown.getClass().getName()
              + " was thrown: "
              + thrown.getMessage(),
          thrown);
    }
    return new SansheExceptionAssert(sanshe);
  }
}
