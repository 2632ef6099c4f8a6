package org.sanshe.timebank.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;

/**
 * Who may receive services paid with banked credits: a beneficiary at or above the age gate who is
 * the holder, or (where allowed) the holder's spouse. The gate is configuration (preset 60 in
 * {@code org.sanshe.timebank.TimeBankConfiguration}). Immutable and thread-safe.
 *
 * @param ageGate the minimum age of the beneficiary
 * @param spouseAllowed whether the holder's spouse may benefit
 */
public record RedemptionEligibility(int ageGate, boolean spouseAllowed) {

  /**
   * Checks the gate.
   *
   * @throws IllegalArgumentException if the gate is negative
   */
  public RedemptionEligibility {
    if (ageGate < 0) {
      throw new IllegalArgumentException("ageGate must not be negative");
    }
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
  public Decision decide(
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
        return Decision.refused(
            TimeBankError.TIMEBANK_NOT_AUTHORIZED,
            beneficiary,
            Wording.of("benefit from these credits", "使用这些时间积分"),
            spouseAllowed
                ? Wording.of("only the holder or the spouse", "仅限账户持有人或其配偶")
                : Wording.of("only the holder", "仅限账户持有人"));
      }
    }
    OptionalInt age = ages.ageOn(beneficiary, on);
    if (age.isEmpty() || age.getAsInt() < ageGate) {
      return Decision.refused(
          TimeBankError.TIMEBANK_REDEMPTION_AGE,
          age.isPresent() ? age.getAsInt() : "unknown",
          ageGate);
    }
    return Decision.permitted(
        "the beneficiary is "
            + age.getAsInt()
            + ", at or above the gate of "
            + ageGate
            + (holder.equals(beneficiary) ? "" : ", and the holder's spouse"));
  }
}
