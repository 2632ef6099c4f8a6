package org.sanshe.examples.district;

import java.time.Duration;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.ledger.TransferId;

/**
 * The mother books three hours of home care (a reservation holds the hours), the provider delivers
 * two and posts them, and the third hour is released: a two-phase transfer.
 */
public final class BookingStep implements Step {

  private static final TimeCredit BOOKED = TimeCredit.ofHours(3);
  private static final TimeCredit DELIVERED = TimeCredit.ofHours(2);

  /** Creates the step. */
  public BookingStep() {}

  @Override
  public String key() {
    return "book-and-redeem";
  }

  @Override
  public String title() {
    return "Book and redeem a service (two-phase)";
  }

  @Override
  public String titleZh() {
    return "预约并兑换服务（两阶段）";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    TimeBank bank = district.bank();
    bank.reserveRedemption(
        District.PARENT,
        TransferId.of("booking-1"),
        District.PARENT_ACCOUNT,
        District.PROVIDER_ACCOUNT,
        BOOKED,
        District.PARENT,
        Duration.ofDays(2));
    Account reserved = bank.ledger().account(District.PARENT_ACCOUNT);
    out.columns("phase 阶段", "mother's balance 余额", "held 冻结", "available 可用", "provider 服务方");
    out.row(
        "reserved 预约",
        reserved.balance(),
        reserved.pendingDebits(),
        reserved.available(),
        bank.ledger().account(District.PROVIDER_ACCOUNT).balance());
    district.clock().advance(Duration.ofDays(1));
    bank.ledger().post(TransferId.of("booking-1-delivered"), TransferId.of("booking-1"), DELIVERED);
    Account after = bank.ledger().account(District.PARENT_ACCOUNT);
    TimeCredit provider = bank.ledger().account(District.PROVIDER_ACCOUNT).balance();
    out.row("delivered 核销", after.balance(), after.pendingDebits(), after.available(), provider);
    out.figure("booked 预约", BOOKED);
    out.figure("delivered and paid 兑换", DELIVERED);
    out.check("the reservation holds 3 hours", reserved.pendingDebits().equals(BOOKED));
    out.check(
        "the mother pays 2 hours and keeps 2",
        after.balance().equals(TimeCredit.ofHours(2)) && after.pendingDebits().isZero());
    out.check("the provider receives 2 hours", provider.equals(DELIVERED));
  }
}
