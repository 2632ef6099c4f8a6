package org.sanshe.examples.district;

import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;

/** The volunteer gives banked hours to a parent; Nanjing allows gifts to relatives only. */
public final class GiftStep implements Step {

  private static final TimeCredit GIFT = TimeCredit.ofHours(4);

  /** Creates the step. */
  public GiftStep() {}

  @Override
  public String key() {
    return "gift-to-parent";
  }

  @Override
  public String title() {
    return "Give hours to a parent";
  }

  @Override
  public String titleZh() {
    return "时间转赠父母";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    TimeBank bank = district.bank();
    TimeCredit before = bank.ledger().account(District.VOLUNTEER_ACCOUNT).balance();
    Transfer gift =
        bank.give(
            District.VOLUNTEER,
            TransferId.of("gift-1"),
            District.VOLUNTEER_ACCOUNT,
            District.PARENT_ACCOUNT,
            GIFT);
    TimeCredit volunteer = bank.ledger().account(District.VOLUNTEER_ACCOUNT).balance();
    TimeCredit parent = bank.ledger().account(District.PARENT_ACCOUNT).balance();
    out.columns("account 账户", "before 之前", "after 之后");
    out.row(District.VOLUNTEER_ACCOUNT.value(), before, volunteer);
    out.row(District.PARENT_ACCOUNT.value(), TimeCredit.ZERO, parent);
    out.figure("transfer", gift.id().value() + " " + gift.kind());
    out.figure("hours given 转赠", GIFT);
    out.check("the mother holds the 4 hours given", parent.equals(GIFT));
    out.check("the volunteer keeps 6 hours 30 minutes", volunteer.equals(before.minus(GIFT)));
  }
}
