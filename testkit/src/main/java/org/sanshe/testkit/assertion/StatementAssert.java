package org.sanshe.testkit.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.timebank.audit.Statement;
import org.sanshe.timebank.audit.StatementLine;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferKind;

/**
 * Assertions on an account statement: its lines (count, changes, kinds), opening and closing
 * balances, and that the running balances add up. Not thread-safe.
 */
public final class StatementAssert extends AbstractAssert<StatementAssert, Statement> {

  /**
   * Creates the assertion.
   *
   * @param actual the statement, may be null (every assertion then fails)
   */
  public StatementAssert(Statement actual) {
    super(actual, StatementAssert.class);
  }

  /**
   * Verifies the number of lines.
   *
   * @param expected the number of lines
   * @return this assertion
   */
  public StatementAssert hasLineCount(int expected) {
    isNotNull();
    if (actual.lines().size() != expected) {
      failWithMessage(
          "Expected the statement of %s to have %s lines but it had %s: %s",
          actual.account(), expected, actual.lines().size(), describe(actual.lines()));
    }
    return this;
  }

  /**
   * Verifies the lines' signed changes, in order: credits positive, debits negative.
   *
   * @param expected the changes, line by line, not null
   * @return this assertion
   */
  public StatementAssert hasLines(TimeCredit... expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    List<TimeCredit> found = new ArrayList<>();
    for (StatementLine line : actual.lines()) {
      found.add(line.change());
    }
    if (!found.equals(List.of(expected))) {
      failWithMessage(
          "Expected the statement of %s to have the lines %s but they were %s",
          actual.account(), List.of(expected), found);
    }
    return this;
  }

  /**
   * Verifies the lines' transfer kinds, in order.
   *
   * @param expected the kinds, line by line, not null
   * @return this assertion
   */
  public StatementAssert hasLinesOfKinds(TransferKind... expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    List<TransferKind> found = new ArrayList<>();
    for (StatementLine line : actual.lines()) {
      found.add(line.kind());
    }
    if (!found.equals(List.of(expected))) {
      failWithMessage(
          "Expected the statement of %s to have lines of kinds %s but they were %s",
          actual.account(), List.of(expected), found);
    }
    return this;
  }

  /**
   * Verifies the opening and closing balances.
   *
   * @param opening the opening balance, not null
   * @param closing the closing balance, not null
   * @return this assertion
   */
  public StatementAssert opensAndCloses(TimeCredit opening, TimeCredit closing) {
    isNotNull();
    if (!actual.opening().equals(opening) || !actual.closing().equals(closing)) {
      failWithMessage(
          "Expected the statement of %s to open at %s and close at %s but it opened at %s and"
              + " closed at %s",
          actual.account(), opening, closing, actual.opening(), actual.closing());
    }
    return this;
  }

  /**
   * Verifies that every running balance is the previous one plus the line's change, starting from
   * the opening balance, and that the last equals the closing balance.
   *
   * @return this assertion
   */
  public StatementAssert addsUp() {
    isNotNull();
    long running = actual.opening().toMinutes();
    for (StatementLine line : actual.lines()) {
      running += line.changeMinutes();
      if (running != line.balanceAfterMinutes()) {
        failWithMessage(
            "Expected the running balance after line %s to be %s but the statement says %s",
            line.sequence(), TimeCredit.ofMinutes(running), line.balanceAfter());
      }
    }
    if (running != actual.closing().toMinutes()) {
      failWithMessage(
          "Expected the closing balance to be %s (opening plus the lines) but it was %s",
          TimeCredit.ofMinutes(running), actual.closing());
    }
    return this;
  }

  private static List<String> describe(List<StatementLine> lines) {
    List<String> out = new ArrayList<>();
    for (StatementLine l : lines) {
      out.add(l.kind() + " " + l.change());
    }
    return out;
  }
}
