package org.sanshe.testkit.assertion;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.audit.ReconciliationReport;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Ledger;

/**
 * Assertions on a time-bank ledger: it reconciles (balances sum to zero, caches match the journal),
 * its hash chain verifies, an account holds a balance. Not thread-safe, like every AssertJ
 * assertion object.
 */
public final class LedgerAssert extends AbstractAssert<LedgerAssert, Ledger> {

  /**
   * Creates the assertion.
   *
   * @param actual the ledger, may be null (every assertion then fails)
   */
  public LedgerAssert(Ledger actual) {
    super(actual, LedgerAssert.class);
  }

  /**
   * Verifies that the ledger reconciles: the posted balances sum to zero and no account's cached
   * balance or pending amounts differ from the journal.
   *
   * @return this assertion
   */
  public LedgerAssert isBalanced() {
    isNotNull();
    ReconciliationReport report = new Audit(actual).reconcile();
    if (!report.balanced()) {
      failWithMessage(
          "Expected the ledger to be balanced (sum of balances 0, no mismatch) but the sum of"
              + " balances was %s minutes and the mismatches were %s",
          report.sumOfBalances(), report.mismatches());
    }
    return this;
  }

  /**
   * Verifies that the journal's hash chain is intact.
   *
   * @return this assertion
   */
  public LedgerAssert hasIntactChain() {
    isNotNull();
    Verification v = new Audit(actual).verify();
    if (v instanceof Verification.Broken broken) {
      failWithMessage(
          "Expected the ledger's hash chain to verify but it was broken at sequence %s: %s",
          broken.firstBadSequence(), broken.reason());
    }
    return this;
  }

  /**
   * Verifies that an account's posted balance is the given amount.
   *
   * @param account the account, not null
   * @param expected the balance, not null
   * @return this assertion
   */
  public LedgerAssert hasBalance(AccountId account, TimeCredit expected) {
    isNotNull();
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(expected, "expected");
    if (!actual.hasAccount(account)) {
      failWithMessage(
          "Expected account %s to have balance %s but the ledger has no such account",
          account, expected);
    }
    TimeCredit found = actual.account(account).balance();
    if (!found.equals(expected)) {
      failWithMessage(
          "Expected account %s to have balance %s but it was %s", account, expected, found);
    }
    return this;
  }
}
