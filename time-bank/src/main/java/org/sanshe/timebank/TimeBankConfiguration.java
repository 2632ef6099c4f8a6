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
 * The local configuration of a time bank: every number that varies by place.
 *
 * <p><b>Where the presets come from.</b> Each preset takes from a city's published rules only what
 * those rules say (the project's domain notes, DOMAIN.md section 3, summarize them) and marks
 * everything else as <em>our default</em>, which an integrator should set from its own city's
 * rules. Common to all presets, as our defaults: one hour of service earns one hour of credit where
 * a city does not say otherwise (Shanghai, Beijing and Nanjing do say it), credits do not expire,
 * the national star thresholds (100/300/600/1,000/1,500 hours), a daily maximum of 12 hours and a
 * recording window of 30 days (no source gives these two). Immutable.
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
   * Nanjing. From Nanjing's rules: at most 1,500 hours stored per person with the excess diverted
   * to donation; redemption from 60, by the holder; group volunteers' hours may only be donated.
   * Our default: gifts to relatives only (Nanjing's rules as summarized give no gift rule). Not
   * Nanjing's: redemption by a spouse is Beijing's rule and is off here.
   *
   * @return the preset
   */
  public static TimeBankConfiguration nanjing() {
    return new TimeBankConfiguration(
        AccountLimits.standard()
            .withStorageCap(TimeCredit.ofHours(1_500), ExcessPolicy.DIVERT_TO_DONATION_POOL),
        new RedemptionEligibility(60, false),
        new GiftPolicy(true, true),
        PricingPolicy.hourForHour(),
        CreditExpiry.never(),
        defaultRecording(),
        StarLevelPolicy.national(),
        CHINA);
  }

  /**
   * Shanghai (2026). From Shanghai's rules: redemption from 65, and from 60 for residents in
   * special hardship ({@link org.sanshe.timebank.policy.Ages#inSpecialHardship}); credits may be
   * given to relatives or friends, or donated, with no separate rule for group accounts. Our
   * defaults: no storage cap, redemption by the holder only.
   *
   * @return the preset
   */
  public static TimeBankConfiguration shanghai() {
    return new TimeBankConfiguration(
        AccountLimits.standard(),
        new RedemptionEligibility(65, false, 60),
        new GiftPolicy(false, false),
        PricingPolicy.hourForHour(),
        CreditExpiry.never(),
        defaultRecording(),
        StarLevelPolicy.national(),
        CHINA);
  }

  /**
   * Beijing. From Beijing's rules: redemption from 60, by the holder or the holder's spouse. Our
   * defaults: no storage cap, gifts to relatives only, group accounts may only donate (Beijing's
   * rules as summarized say nothing on gifts or groups).
   *
   * @return the preset
   */
  public static TimeBankConfiguration beijing() {
    return new TimeBankConfiguration(
        AccountLimits.standard(),
        new RedemptionEligibility(60, true),
        new GiftPolicy(true, true),
        PricingPolicy.hourForHour(),
        CreditExpiry.never(),
        defaultRecording(),
        StarLevelPolicy.national(),
        CHINA);
  }

  /**
   * Returns a copy with another redemption rule.
   *
   * @param r the rule, not null
   * @return the copy
   */
  public TimeBankConfiguration withRedemption(RedemptionEligibility r) {
    return new TimeBankConfiguration(
        individualLimits, r, gifts, pricing, expiry, recording, stars, zone);
  }

  /**
   * Returns a copy with another gift rule.
   *
   * @param g the rule, not null
   * @return the copy
   */
  public TimeBankConfiguration withGifts(GiftPolicy g) {
    return new TimeBankConfiguration(
        individualLimits, redemption, g, pricing, expiry, recording, stars, zone);
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
