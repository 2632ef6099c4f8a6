package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.service.ServiceRecordId;

/**
 * One volunteer's attendance at an activity. The account to credit is given once, at sign-up, and
 * everything the service record needs comes from the activity and this attendance, so nothing is
 * typed twice. Immutable.
 *
 * @param volunteer who signed up
 * @param account the volunteer's account to credit
 * @param state where it stands
 * @param signedUpAt when the volunteer signed up
 * @param checkedInAt when the volunteer checked in, or null before
 * @param checkedOutAt when the volunteer checked out, or null before
 * @param record the verified service record, or null before confirmation
 * @param credited the time credited on confirmation ({@link TimeCredit#ZERO} before)
 */
public record Attendance(
    PartyId volunteer,
    AccountId account,
    AttendanceState state,
    Instant signedUpAt,
    Instant checkedInAt,
    Instant checkedOutAt,
    ServiceRecordId record,
    TimeCredit credited) {

  /**
   * Checks that the components fit the state.
   *
   * @throws NullPointerException if a required component is null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_POLICY_INVALID} naming the
   *     broken rule
   */
  public Attendance {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(signedUpAt, "signedUpAt");
    Objects.requireNonNull(credited, "credited");
    int s = state.ordinal();
    boolean ok =
        (checkedInAt != null) == (s >= AttendanceState.CHECKED_IN.ordinal())
            && (checkedOutAt != null) == (s >= AttendanceState.CHECKED_OUT.ordinal())
            && (record != null) == (state == AttendanceState.CONFIRMED)
            && (state == AttendanceState.CONFIRMED || credited.isZero())
            && !credited.isNegative()
            && (checkedOutAt == null || !checkedOutAt.isBefore(checkedInAt));
    if (!ok) {
      throw Activity.invalid(
          "an attendance's times, record and credit fit its state", "出勤的时间、记录和积分须与其状态相符");
    }
  }

  Attendance checkedIn(Instant at) {
    return new Attendance(
        volunteer, account, AttendanceState.CHECKED_IN, signedUpAt, at, null, null, credited);
  }

  Attendance checkedOut(Instant at) {
    return new Attendance(
        volunteer,
        account,
        AttendanceState.CHECKED_OUT,
        signedUpAt,
        checkedInAt,
        at,
        null,
        credited);
  }

  Attendance confirmed(ServiceRecordId id, TimeCredit amount) {
    return new Attendance(
        volunteer,
        account,
        AttendanceState.CONFIRMED,
        signedUpAt,
        checkedInAt,
        checkedOutAt,
        id,
        amount);
  }
}
