package org.sanshe.timebank.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * Whether banked credits expire: never (the default), or a period after they were earned. With
 * oldest-first spending, the unexpired part of a balance is the smaller of the balance and the
 * credits received within the period. Immutable and thread-safe.
 */
public final class CreditExpiry {

  private static final CreditExpiry NEVER = new CreditExpiry(null);

  private final Period validity;

  private CreditExpiry(Period validity) {
    this.validity = validity;
  }

  /**
   * Returns the default: credits never expire.
   *
   * @return the policy
   */
  public static CreditExpiry never() {
    return NEVER;
  }

  /**
   * Returns an expiry a period after earning.
   *
   * @param validity how long credits stay valid, positive, not null
   * @return the policy
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless the validity is positive
   */
  public static CreditExpiry after(Period validity) {
    Objects.requireNonNull(validity, "validity");
    if (validity.isNegative() || validity.isZero()) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_POLICY_INVALID,
          Wording.of("credits stay valid for a positive period", "积分有效期须为正"));
    }
    return new CreditExpiry(validity);
  }

  /**
   * Returns the validity period, if any.
   *
   * @return the period, or empty for never
   */
  public Optional<Period> validity() {
    return Optional.ofNullable(validity);
  }

  /**
   * Returns the earliest instant whose credits are still valid at a moment.
   *
   * @param now the moment, not null
   * @param zone the zone of the calendar, not null
   * @return the cut-off, or empty for never
   */
  public Optional<Instant> validSince(Instant now, ZoneId zone) {
    if (validity == null) {
      return Optional.empty();
    }
    return Optional.of(now.atZone(zone).minus(validity).toInstant());
  }

  /** Equal to an expiry with the same validity (all "never" expiries are equal). */
  @Override
  public boolean equals(Object o) {
    return o instanceof CreditExpiry other && Objects.equals(validity, other.validity);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(validity);
  }

  @Override
  public String toString() {
    return validity == null ? "CreditExpiry[never]" : "CreditExpiry[" + validity + "]";
  }
}
