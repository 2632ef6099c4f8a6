package org.sanshe.timebank.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;

class PolicyTest {

  private static final PartyId HOLDER = PartyId.of("holder");
  private static final PartyId WIFE = PartyId.of("wife");
  private static final PartyId SON = PartyId.of("son");
  private static final PartyId FRIEND = PartyId.of("friend");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private final Kinship kinship =
      (a, b) ->
          b.equals(WIFE)
              ? Optional.of(Relationship.SPOUSE)
              : b.equals(SON)
                  ? Optional.of(Relationship.CHILD)
                  : b.equals(FRIEND) ? Optional.of(Relationship.FRIEND) : Optional.empty();

  private static Ages ages(int holder, int wife) {
    return (p, on) ->
        p.equals(HOLDER)
            ? OptionalInt.of(holder)
            : p.equals(WIFE) ? OptionalInt.of(wife) : OptionalInt.empty();
  }

  @Test
  void the_age_gate_is_inclusive_and_configurable() {
    RedemptionEligibility sixty = new RedemptionEligibility(60, true);
    assertThat(sixty.decide(HOLDER, HOLDER, TODAY, ages(60, 0), kinship).isPermitted()).isTrue();
    Decision refused = sixty.decide(HOLDER, HOLDER, TODAY, ages(59, 0), kinship);
    assertThat(refused).isEqualTo(Decision.refused(TimeBankError.TIMEBANK_REDEMPTION_AGE, 59, 60));
    assertThat(refused.explain())
        .isEqualTo("[TIMEBANK_REDEMPTION_AGE] Redemption needs an age of 60; the holder is 59.");
    assertThat(
            new RedemptionEligibility(65, true)
                .decide(HOLDER, HOLDER, TODAY, ages(64, 0), kinship)
                .isPermitted())
        .isFalse();
  }

  @Test
  void the_spouse_benefits_only_where_allowed_and_only_above_the_gate() {
    assertThat(
            new RedemptionEligibility(60, true)
                .decide(HOLDER, WIFE, TODAY, ages(50, 61), kinship)
                .isPermitted())
        .isTrue();
    assertThat(
            new RedemptionEligibility(60, true)
                .decide(HOLDER, WIFE, TODAY, ages(70, 59), kinship)
                .isPermitted())
        .isFalse();
    assertThat(
            new RedemptionEligibility(60, false)
                .decide(HOLDER, WIFE, TODAY, ages(70, 70), kinship)
                .isPermitted())
        .isFalse();
    assertThat(
            new RedemptionEligibility(60, true)
                .decide(HOLDER, SON, TODAY, ages(70, 70), kinship)
                .isPermitted())
        .isFalse();
  }

  @Test
  void gifts_go_to_relatives_and_groups_only_donate() {
    GiftPolicy relatives = new GiftPolicy(true);
    assertThat(relatives.decide(AccountKind.INDIVIDUAL, HOLDER, SON, kinship).isPermitted())
        .isTrue();
    assertThat(relatives.decide(AccountKind.INDIVIDUAL, HOLDER, FRIEND, kinship))
        .isEqualTo(Decision.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, FRIEND));
    assertThat(
            new GiftPolicy(false)
                .decide(AccountKind.INDIVIDUAL, HOLDER, FRIEND, kinship)
                .isPermitted())
        .isTrue();
    assertThat(new GiftPolicy(false).decide(AccountKind.GROUP, HOLDER, SON, kinship))
        .isEqualTo(Decision.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, HOLDER));
    assertThatThrownBy(
            () -> Decision.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, FRIEND).orThrow())
        .hasMessage(
            "[TIMEBANK_GIFT_NOT_RELATIVE] Credits may be given to relatives only; friend is none.");
  }

  @Test
  void pricing_is_exact_and_rounds_down_to_the_minute() {
    PricingPolicy p = PricingPolicy.hourForHour().withCategoryRate("nursing", 90);
    assertThat(p.price("cleaning", null, Duration.ofMinutes(95)))
        .isEqualTo(TimeCredit.ofMinutes(95));
    assertThat(p.price("nursing", null, Duration.ofMinutes(61)))
        .isEqualTo(TimeCredit.ofMinutes(91));
    assertThat(
            p.withItemPrice("haircut", TimeCredit.ofMinutes(30))
                .price("nursing", "haircut", Duration.ofHours(3)))
        .isEqualTo(TimeCredit.ofMinutes(30));
    assertThatThrownBy(() -> PricingPolicy.none().price("x", null, Duration.ofHours(1)))
        .hasMessageStartingWith("[TIMEBANK_SERVICE_UNPRICED]");
  }
}
