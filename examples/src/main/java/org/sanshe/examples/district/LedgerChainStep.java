package org.sanshe.examples.district;

import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.audit.ReconciliationReport;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * The auditor walks the time bank's journal: every entry's hash chains to the one before, and the
 * balances reconcile with the entries.
 */
public final class LedgerChainStep implements Step {

  /** Creates the step. */
  public LedgerChainStep() {}

  @Override
  public String key() {
    return "ledger-chain";
  }

  @Override
  public String title() {
    return "Verify the ledger's hash chain";
  }

  @Override
  public String titleZh() {
    return "核验账本哈希链";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    TimeBank bank = district.bank();
    out.columns("account 账户", "kind 类型", "balance 余额");
    for (Account account : bank.ledger().accounts()) {
      out.row(account.id().value(), account.kind(), account.balance());
    }
    Verification verification = bank.audit().verify();
    ReconciliationReport reconciliation = bank.audit().reconcile();
    out.figure("journal entries 分录", bank.ledger().lastSequence());
    if (verification instanceof Verification.Intact intact) {
      out.figure("chain head 链头", intact.head());
    } else if (verification instanceof Verification.Broken broken) {
      out.figure("first bad entry", broken.firstBadSequence() + ": " + broken.reason());
    }
    out.figure("sum of balances 余额合计", bank.ledger().sumOfBalances());
    TimeCredit issued = TimeCredit.ZERO;
    for (Account account : bank.ledger().accounts()) {
      if (account.kind() == AccountKind.ISSUANCE) {
        issued = issued.minus(account.balance());
      }
    }
    out.note(
        "issuance is negative by design: every hour credited for service is debited from it, so it"
            + " holds minus the "
            + issued
            + " the bank has issued and all balances sum to zero");
    out.note(
        "the chain head is the SHA-256 hash of the last journal entry, which folds in every entry"
            + " before it: an auditor who keeps it detects any later change, removal or reordering");
    out.check("the hash chain verifies", verification.intact());
    out.check("the books reconcile", reconciliation.balanced());
    out.check("the balances sum to zero (double entry)", bank.ledger().sumOfBalances() == 0);
  }
}
