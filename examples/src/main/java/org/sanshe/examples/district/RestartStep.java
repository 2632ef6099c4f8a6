package org.sanshe.examples.district;

import java.util.List;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.audit.Verification;
import org.sanshe.timebank.store.ChainHash;

/**
 * The time bank is stopped and started again from its storage alone, as after a deploy or a night
 * restart: a new ledger replays the journal (accounts, freezes, balances, reservations) and the
 * holders come from their register. Everything must be as it was.
 */
public final class RestartStep implements Step {

  /** Creates the step. */
  public RestartStep() {}

  @Override
  public String key() {
    return "restart";
  }

  @Override
  public String title() {
    return "Restart the time bank from its storage";
  }

  @Override
  public String titleZh() {
    return "从存储重启时间银行";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    TimeBank before = district.bank();
    List<Account> accounts = before.ledger().accounts();
    ChainHash head = before.ledger().head();
    long entries = before.ledger().lastSequence();
    int records = before.services().records().ofVolunteer(District.VOLUNTEER).size();
    TimeBank after = district.restartTimeBank();
    out.figure("storage 存储", district.storage().describe());
    out.figure("journal entries replayed 重放分录", after.ledger().lastSequence());
    out.columns("account 账户", "holder 持有人", "balance 余额");
    for (Account account : after.ledger().accounts()) {
      out.row(account.id().value(), after.holderOf(account.id()).value(), account.balance());
    }
    Verification verification = after.audit().verify();
    out.check(
        "the same accounts and balances after the restart",
        after.ledger().accounts().equals(accounts));
    out.check(
        "the same journal and chain head",
        after.ledger().lastSequence() == entries && after.ledger().head().equals(head));
    out.check("the hash chain verifies after the restart", verification.intact());
    out.check(
        "the volunteer's service records come back",
        after.services().records().ofVolunteer(District.VOLUNTEER).size() == records
            && records > 0);
    out.check(
        "the holders come back from the register",
        accounts.stream().allMatch(a -> after.holderOf(a.id()) != null));
  }
}
