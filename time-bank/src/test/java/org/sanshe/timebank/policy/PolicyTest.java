package org.sanshe.timebank.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

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
    Verdict refused = sixty.decide(HOLDER, HOLDER, TODAY, ages(59, 0), kinship);
    assertThat(refused).isEqualTo(Verdict.refused(TimeBankError.TIMEBANK_REDEMPTION_AGE, 59, 60));
    assertThat(refused.explain())
        .isEqualTo("[TIMEBANK_REDEMPTION_AGE] Redemption needs an age of 60; the holder is 59.");
    assertThat(
            new RedemptionEligibility(65, true)
                .decide(HOLDER, HOLDER, TODAY, ages(64, 0), kinship)
                .isPermitted())
        .isFalse();
  }

  @Test
  void residents_in_special_hardship_redeem_from_their_own_lower_gate() {
    RedemptionEligibility shanghai = new RedemptionEligibility(65, false, 60);
    Ages hardship =
        new Ages() {
          @Override
          public OptionalInt ageOn(PartyId party, LocalDate on) {
            return OptionalInt.of(party.equals(HOLDER) ? 60 : 59);
          }

          @Override
          public boolean inSpecialHardship(PartyId party, LocalDate on) {
            return true;
          }
        };
    assertThat(shanghai.decide(HOLDER, HOLDER, TODAY, hardship, kinship).isPermitted()).isTrue();
    assertThat(shanghai.decide(WIFE, WIFE, TODAY, hardship, kinship).isPermitted()).isFalse();
    // without recognized hardship the general gate of 65 applies
    assertThat(shanghai.decide(HOLDER, HOLDER, TODAY, ages(64, 0), kinship))
        .isEqualTo(Verdict.refused(TimeBankError.TIMEBANK_REDEMPTION_AGE, 64, 65));
    // the Ages port recognizes no one unless the integrator answers
    assertThat(ages(64, 0).inSpecialHardship(HOLDER, TODAY)).isFalse();
  }

  @Test
  void gates_out_of_order_or_range_are_coded_errors() {
    for (int[] bad : new int[][] {{-1, 0}, {151, 60}, {60, 61}, {60, -1}}) {
      assertThatThrownBy(() -> new RedemptionEligibility(bad[0], false, bad[1]))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.errorCode()).isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID));
    }
    assertThatThrownBy(() -> new RedemptionEligibility(-5, true))
        .isInstanceOf(TimeBankException.class);
  }

  @Test
  void the_presets_take_from_each_city_only_what_its_rules_say() {
    TimeBankConfiguration nanjing = TimeBankConfiguration.nanjing();
    assertThat(nanjing.redemption()).isEqualTo(new RedemptionEligibility(60, false, 60));
    assertThat(nanjing.gifts().groupsDonateOnly()).isTrue();
    TimeBankConfiguration beijing = TimeBankConfiguration.beijing();
    assertThat(beijing.redemption().spouseAllowed()).isTrue();
    assertThat(beijing.redemption().ageGate()).isEqualTo(60);
    TimeBankConfiguration shanghai = TimeBankConfiguration.shanghai();
    assertThat(shanghai.redemption()).isEqualTo(new RedemptionEligibility(65, false, 60));
    assertThat(shanghai.gifts()).isEqualTo(new GiftPolicy(false, false));
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
    GiftPolicy relatives = new GiftPolicy(true, true);
    assertThat(relatives.decide(AccountKind.INDIVIDUAL, HOLDER, SON, kinship).isPermitted())
        .isTrue();
    assertThat(relatives.decide(AccountKind.INDIVIDUAL, HOLDER, FRIEND, kinship))
        .isEqualTo(Verdict.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, FRIEND));
    assertThat(
            new GiftPolicy(false, true)
                .decide(AccountKind.INDIVIDUAL, HOLDER, FRIEND, kinship)
                .isPermitted())
        .isTrue();
    assertThat(new GiftPolicy(false, true).decide(AccountKind.GROUP, HOLDER, SON, kinship))
        .isEqualTo(Verdict.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, HOLDER));
    assertThat(new GiftPolicy(false, true).mayRedeem(AccountKind.GROUP, HOLDER))
        .isEqualTo(Verdict.refused(TimeBankError.TIMEBANK_GROUP_DONATION_ONLY, HOLDER));
    // where groups follow the rules of individual accounts (Shanghai), they give and redeem
    assertThat(
            new GiftPolicy(false, false)
                .decide(AccountKind.GROUP, HOLDER, FRIEND, kinship)
                .isPermitted())
        .isTrue();
    assertThat(new GiftPolicy(false, false).mayRedeem(AccountKind.GROUP, HOLDER).isPermitted())
        .isTrue();
    assertThatThrownBy(
            () -> Verdict.refused(TimeBankError.TIMEBANK_GIFT_NOT_RELATIVE, FRIEND).orThrow())
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
