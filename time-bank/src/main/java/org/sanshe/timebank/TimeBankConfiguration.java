package org.sanshe.timebank;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.account.ExcessPolicy;
import org.sanshe.timebank.audit.StarLevelPolicy;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.policy.CreditExpiry;
import org.sanshe.timebank.policy.GiftPolicy;
import org.sanshe.timebank.policy.PricingPolicy;
import org.sanshe.timebank.policy.RedemptionEligibility;
import org.sanshe.timebank.service.RecordingRules;

/**
 * The local configuration of a time bank: every number that varies by place. The presets quote the
 * sources (DOMAIN.md section 3); the daily maximum (12 hours) and recording window (30 days) of the
 * presets are our own defaults, since the sources give none. Immutable.
 *
 * @param individualLimits limits of individual volunteer accounts
 * @param redemption who may benefit from redeemed credits
 * @param gifts to whom credits may be given
 * @param pricing how verified service is priced
 * @param expiry whether credits expire
 * @param recording the recording rules
 * @param stars the star-volunteer thresholds
 * @param zone the zone of calendar days
 */
public record TimeBankConfiguration(
    AccountLimits individualLimits,
    RedemptionEligibility redemption,
    GiftPolicy gifts,
    PricingPolicy pricing,
    CreditExpiry expiry,
    RecordingRules recording,
    StarLevelPolicy stars,
    ZoneId zone) {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Checks for nulls.
   *
   * @throws NullPointerException if a component is null
   */
  public TimeBankConfiguration {
    Objects.requireNonNull(individualLimits, "individualLimits");
    Objects.requireNonNull(redemption, "redemption");
    Objects.requireNonNull(gifts, "gifts");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(recording, "recording");
    Objects.requireNonNull(stars, "stars");
    Objects.requireNonNull(zone, "zone");
  }

  private static RecordingRules defaultRecording() {
    return new RecordingRules(Duration.ofHours(12), Duration.ofDays(30), CHINA);
  }

  /**
   * Nanjing: at most 1,500 hours stored per person with the excess diverted to donation, redemption
   * from 60 with the spouse allowed, gifts to relatives only, group hours donation only, one hour
   * of service earns one hour of credit, no expiry.
   *
   * @return the preset
   */
  public static TimeBankConfiguration nanjing() {
    return new TimeBankConfiguration(
        AccountLimits.standard()
            .withStorageCap(TimeCredit.ofHours(1_500), ExcessPolicy.DIVERT_TO_DONATION_POOL),
        new RedemptionEligibility(60, true),
        new GiftPolicy(true),
        PricingPolicy.hourForHour(),
        CreditExpiry.never(),
        defaultRecording(),
        StarLevelPolicy.national(),
        CHINA);
  }

  /**
   * Shanghai (2026): redemption from 65, gifts to relatives or friends, no storage cap, one hour
   * for one hour, no expiry.
   *
   * @return the preset
   */
  public static TimeBankConfiguration shanghai() {
    return new TimeBankConfiguration(
        AccountLimits.standard(),
        new RedemptionEligibility(65, false),
        new GiftPolicy(false),
        PricingPolicy.hourForHour(),
        CreditExpiry.never(),
        defaultRecording(),
        StarLevelPolicy.national(),
        CHINA);
  }

  /**
   * Returns a copy with other individual limits.
   *
   * @param limits the limits, not null
   * @return the copy
   */
  public TimeBankConfiguration withIndividualLimits(AccountLimits limits) {
    return new TimeBankConfiguration(
        limits, redemption, gifts, pricing, expiry, recording, stars, zone);
  }

  /**
   * Returns a copy with another pricing.
   *
   * @param p the pricing, not null
   * @return the copy
   */
  public TimeBankConfiguration withPricing(PricingPolicy p) {
    return new TimeBankConfiguration(
        individualLimits, redemption, gifts, p, expiry, recording, stars, zone);
  }

  /**
   * Returns a copy with another expiry.
   *
   * @param e the expiry, not null
   * @return the copy
   */
  public TimeBankConfiguration withExpiry(CreditExpiry e) {
    return new TimeBankConfiguration(
        individualLimits, redemption, gifts, pricing, e, recording, stars, zone);
  }
}
