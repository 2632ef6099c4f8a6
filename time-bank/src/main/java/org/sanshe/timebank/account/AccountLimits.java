package org.sanshe.timebank.account;

import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * The limits of an account: a minimum balance (an account may not be debited below it, pending
 * debits included) and an optional storage cap (it may not be credited above it, pending credits
 * included) with a policy for the excess. Presets such as Nanjing's 1,500 hours are configuration
 * (see {@code org.sanshe.timebank.policy.TimeBankPresets}), not constants here. Immutable.
 */
public final class AccountLimits {

  private static final long NONE_MIN = Long.MIN_VALUE;
  private static final long NONE_CAP = Long.MAX_VALUE;

  private static final AccountLimits STANDARD = new AccountLimits(0, NONE_CAP, ExcessPolicy.REJECT);
  private static final AccountLimits UNBOUNDED =
      new AccountLimits(NONE_MIN, NONE_CAP, ExcessPolicy.REJECT);

  private final long minimumMinutes;
  private final long capMinutes;
  private final ExcessPolicy excessPolicy;

  private AccountLimits(long minimumMinutes, long capMinutes, ExcessPolicy excessPolicy) {
    this.minimumMinutes = minimumMinutes;
    this.capMinutes = capMinutes;
    this.excessPolicy = excessPolicy;
  }

  /**
   * Returns the default limits: minimum balance zero, no cap.
   *
   * @return the limits
   */
  public static AccountLimits standard() {
    return STANDARD;
  }

  /**
   * Returns limits without minimum or cap, for issuance and clearing accounts.
   *
   * @return the limits
   */
  public static AccountLimits unbounded() {
    return UNBOUNDED;
  }

  /**
   * Returns limits with a minimum balance and no cap.
   *
   * @param minimum the minimum balance, not null
   * @return the limits
   */
  public static AccountLimits ofMinimum(TimeCredit minimum) {
    return of(minimum, null, ExcessPolicy.REJECT);
  }

  /**
   * Returns limits with a minimum balance and an optional cap.
   *
   * @param minimum the minimum balance, not null
   * @param storageCap the cap, or null for none
   * @param excessPolicy what happens above the cap, not null
   * @return the limits
   * @throws TimeBankException {@code LEDGER_LIMITS_INVALID} if the cap is below the minimum or not
   *     positive
   */
  public static AccountLimits of(
      TimeCredit minimum, TimeCredit storageCap, ExcessPolicy excessPolicy) {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(excessPolicy, "excessPolicy");
    long cap = storageCap == null ? NONE_CAP : storageCap.toMinutes();
    if (storageCap != null && (cap <= 0 || cap < minimum.toMinutes())) {
      throw new TimeBankException(
          TimeBankError.LEDGER_LIMITS_INVALID,
          Wording.of("the cap must be positive and above the minimum", "上限须为正数且高于下限"));
    }
    return new AccountLimits(minimum.toMinutes(), cap, excessPolicy);
  }

  /**
   * Returns these limits with a storage cap.
   *
   * @param storageCap the cap, not null
   * @param policy the excess policy, not null
   * @return new limits
   */
  public AccountLimits withStorageCap(TimeCredit storageCap, ExcessPolicy policy) {
    Objects.requireNonNull(storageCap, "storageCap");
    return of(minimumOrZero(), storageCap, policy);
  }

  private TimeCredit minimumOrZero() {
    return TimeCredit.ofMinutes(minimumMinutes == NONE_MIN ? 0 : minimumMinutes);
  }

  /**
   * Returns the minimum balance in minutes, {@link Long#MIN_VALUE} when there is none.
   *
   * @return the minimum
   */
  public long minimumMinutes() {
    return minimumMinutes;
  }

  /**
   * Returns the storage cap in minutes, {@link Long#MAX_VALUE} when there is none.
   *
   * @return the cap
   */
  public long capMinutes() {
    return capMinutes;
  }

  /**
   * Tells whether a minimum balance applies.
   *
   * @return true if bounded below
   */
  public boolean hasMinimum() {
    return minimumMinutes != NONE_MIN;
  }

  /**
   * Tells whether a storage cap applies.
   *
   * @return true if capped
   */
  public boolean hasStorageCap() {
    return capMinutes != NONE_CAP;
  }

  /**
   * Returns the excess policy.
   *
   * @return the policy
   */
  public ExcessPolicy excessPolicy() {
    return excessPolicy;
  }

  /**
   * Recreates limits from their primitive form, as stored by a ledger.
   *
   * @param minimumMinutes the minimum or {@link Long#MIN_VALUE}
   * @param capMinutes the cap or {@link Long#MAX_VALUE}
   * @param excessPolicy the policy, not null
   * @return the limits
   * @throws TimeBankException {@code LEDGER_LIMITS_INVALID} if the cap is below the minimum
   */
  public static AccountLimits ofMinutes(
      long minimumMinutes, long capMinutes, ExcessPolicy excessPolicy) {
    Objects.requireNonNull(excessPolicy, "excessPolicy");
    if (capMinutes < minimumMinutes || capMinutes <= 0) {
      throw new TimeBankException(
          TimeBankError.LEDGER_LIMITS_INVALID,
          Wording.of("the cap must be positive and above the minimum", "上限须为正数且高于下限"));
    }
    return new AccountLimits(minimumMinutes, capMinutes, excessPolicy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountLimits other
        && other.minimumMinutes == minimumMinutes
        && other.capMinutes == capMinutes
        && other.excessPolicy == excessPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumMinutes, capMinutes, excessPolicy);
  }

  @Override
  public String toString() {
    return "AccountLimits[minimum="
        + (hasMinimum() ? TimeCredit.ofMinutes(minimumMinutes) : "none")
        + ", cap="
        + (hasStorageCap() ? TimeCredit.ofMinutes(capMinutes) : "none")
        + ", excess="
        + excessPolicy
        + "]";
  }
}
