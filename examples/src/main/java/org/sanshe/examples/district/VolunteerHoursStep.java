package org.sanshe.examples.district;

import java.time.Duration;
import java.time.Instant;
import org.sanshe.core.error.SansheException;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;

/**
 * Opens the time-bank accounts, then records a week of the volunteer's visits; the team's
 * coordinator verifies each, and an overlapping record is refused.
 */
public final class VolunteerHoursStep implements Step {

  private static final int VISITS = 6;

  /** Creates the step. */
  public VolunteerHoursStep() {}

  @Override
  public String key() {
    return "volunteer-hours";
  }

  @Override
  public String title() {
    return "Record and verify volunteer hours";
  }

  @Override
  public String titleZh() {
    return "记录并核实志愿服务时长";
  }

  @Override
  public void run(District district, StepResult.Builder out) {
    TimeBank bank = district.bank();
    bank.openAccount(
        District.OPERATOR, District.VOLUNTEER_ACCOUNT, AccountKind.INDIVIDUAL, District.VOLUNTEER);
    bank.openAccount(
        District.OPERATOR, District.PARENT_ACCOUNT, AccountKind.INDIVIDUAL, District.PARENT);
    bank.openAccount(
        District.OPERATOR, District.PROVIDER_ACCOUNT, AccountKind.PROVIDER, district.teamParty());

    out.columns("record 记录", "day 日期", "minutes 分钟", "status 状态");
    ServiceRecord last = null;
    for (int visit = 0; visit < VISITS; visit++) {
      long minutes = visit % 2 == 0 ? 120 : 90;
      Instant end = district.clock().instant().plus(Duration.ofHours(2));
      district.clock().advance(Duration.ofHours(3));
      ServiceRecord recorded =
          bank.services().record(District.COORDINATOR, visit(district, end, minutes)).record();
      bank.services().verify(District.COORDINATOR, recorded.id());
      ServiceRecord verified = bank.services().require(recorded.id());
      out.row(
          verified.id().value(),
          end.atZone(DistrictData.ZONE).toLocalDate(),
          minutes,
          verified.status());
      last = verified;
      district.clock().advance(Duration.ofDays(1).minusHours(3));
    }
    String overlap = "";
    try {
      bank.services().record(District.COORDINATOR, visit(district, last.draft().end(), 60));
    } catch (SansheException e) {
      overlap = e.code();
    }
    TimeCredit balance = bank.ledger().account(District.VOLUNTEER_ACCOUNT).balance();
    out.figure("visits verified", VISITS);
    out.figure("volunteer's balance 时间余额", balance);
    out.figure("overlapping record refused", overlap);
    out.check(
        "six visits earn 10 hours 30 minutes",
        balance.equals(TimeCredit.ofHoursAndMinutes(10, 30)));
    out.check(
        "verified service equals the balance",
        bank.audit().verifiedService(District.VOLUNTEER_ACCOUNT).equals(balance));
    out.check("a record overlapping a verified visit is refused", !overlap.isEmpty());
  }

  private static ServiceDraft visit(District district, Instant end, long minutes) {
    return new ServiceDraft(
        District.VOLUNTEER,
        District.VOLUNTEER_ACCOUNT,
        district.teamParty(),
        "elder-care",
        null,
        end.minus(Duration.ofMinutes(minutes)),
        end,
        "丁墙社区",
        District.ELDER);
  }
}
