package org.sanshe.timebank.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * Who may receive services paid with banked credits: a beneficiary at or above the age gate (or,
 * where configured, a lower gate for residents in special hardship) who is the holder, or (where
 * allowed) the holder's spouse. The gates are configuration; {@code
 * org.sanshe.timebank.TimeBankConfiguration}'s presets say which city's rule each one is. Immutable
 * and thread-safe.
 *
 * @param ageGate the minimum age of the beneficiary, 0 to 150
 * @param spouseAllowed whether the holder's spouse may benefit
 * @param hardshipAgeGate the minimum age of a beneficiary in special hardship ({@link
 *     Ages#inSpecialHardship}), 0 to {@code ageGate}; equal to {@code ageGate} when there is no
 *     separate gate
 */
public record RedemptionEligibility(int ageGate, boolean spouseAllowed, int hardshipAgeGate) {

  /** Highest age gate accepted. */
  public static final int MAX_AGE_GATE = 150;

  /**
   * Checks the gates.
   *
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless {@code 0 <= hardshipAgeGate <=
   *     ageGate <= 150}
   */
  public RedemptionEligibility {
    if (ageGate < 0 || ageGate > MAX_AGE_GATE) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of("the age gate lies from 0 to 150", "兑换年龄须在 0 至 150 岁之间"));
    }
    if (hardshipAgeGate < 0 || hardshipAgeGate > ageGate) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of(
              "the hardship age gate lies from 0 to the age gate", "特殊困难人员的兑换年龄须在 0 岁至一般兑换年龄之间"));
    }
  }

  /**
   * Creates the rule without a separate gate for special hardship.
   *
   * @param ageGate the minimum age of the beneficiary, 0 to 150
   * @param spouseAllowed whether the holder's spouse may benefit
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} for a gate out of range
   */
  public RedemptionEligibility(int ageGate, boolean spouseAllowed) {
    this(ageGate, spouseAllowed, Math.max(0, Math.min(ageGate, MAX_AGE_GATE)));
  }

  /**
   * Decides whether a beneficiary may receive a service paid from a holder's credits.
   *
   * @param holder the account holder, not null
   * @param beneficiary who receives the service, not null
   * @param on the day, not null
   * @param ages the age port, not null
   * @param kinship the kinship port, not null
   * @return the decision
   */
  public Verdict decide(
      PartyId holder, PartyId beneficiary, LocalDate on, Ages ages, Kinship kinship) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(on, "on");
    if (!holder.equals(beneficiary)) {
      boolean spouse =
          kinship
              .relationship(holder, beneficiary)
              .filter(r -> r == Relationship.SPOUSE)
              .isPresent();
      if (!spouseAllowed || !spouse) {
        return Verdict.refused(
            TimeBankError.TIMEBANK_NOT_AUTHORIZED,
            beneficiary,
            Wording.of("benefit from these credits", "使用这些时间积分"),
            spouseAllowed
                ? Wording.of("only the holder or the spouse", "仅限账户持有人或其配偶")
                : Wording.of("only the holder", "仅限账户持有人"));
      }
    }
    OptionalInt age = ages.ageOn(beneficiary, on);
    boolean hardship =
        age.isPresent()
            && age.getAsInt() < ageGate
            && age.getAsInt() >= hardshipAgeGate
            && ages.inSpecialHardship(beneficiary, on);
    if (age.isEmpty() || age.getAsInt() < ageGate && !hardship) {
      return Verdict.refused(
          TimeBankError.TIMEBANK_REDEMPTION_AGE,
          age.isPresent() ? age.getAsInt() : Wording.of("unknown", "未知"),
          ageGate);
    }
    return Verdict.permitted(
        "the beneficiary is "
            + age.getAsInt()
            + (hardship
                ? ", in special hardship and at or above its gate of " + hardshipAgeGate
                : ", at or above the gate of " + ageGate)
            + (holder.equals(beneficiary) ? "" : ", and the holder's spouse"));
  }
}
