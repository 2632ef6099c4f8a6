package org.sanshe.core.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;

class BudgetPolicyTest {

  @Test
  void half_of_the_preset_fund_must_go_to_projects() {
    ProjectBasedOperationPolicy policy = ProjectBasedOperationPolicy.preset();
    assertThat(policy.yearlyFund()).isEqualTo(Money.ofYuan(300_000));
    assertThat(policy.decide(Money.ofYuan(150_000)))
        .isEqualTo(
            new BudgetDecision.Met(
                Money.ofYuan(300_000), Money.ofYuan(150_000), Money.ofYuan(150_000), 5000, 50));
    assertThat(policy.decide(Money.ofYuan(120_000)))
        .isEqualTo(
            new BudgetDecision.Shortfall(
                Money.ofYuan(300_000),
                Money.ofYuan(150_000),
                Money.ofYuan(120_000),
                Money.ofYuan(30_000),
                4000,
                50));
    assertThat(policy.decide(Money.parse("149999.99")).met()).isFalse();
  }

  @Test
  void the_share_and_fund_are_configuration() {
    ProjectBasedOperationPolicy local = ProjectBasedOperationPolicy.of(Money.ofYuan(200_000), 60);
    assertThat(local.decide(Money.ofYuan(120_000)).met()).isTrue();
    assertThat(local.decide(Money.ofYuan(119_999)).met()).isFalse();
    assertThat(local.decide(Money.ofYuan(500_000), Money.ofYuan(299_999)).met()).isFalse();
    assertThatThrownBy(() -> ProjectBasedOperationPolicy.of(Money.ZERO, 50))
        .hasMessageContaining("BUDGET_SETTING_INVALID");
    assertThatThrownBy(() -> ProjectBasedOperationPolicy.of(Money.ofYuan(1), 101))
        .hasMessageContaining("BUDGET_SETTING_INVALID");
    assertThatThrownBy(() -> local.decide(Money.ofYuan(300_000)))
        .hasMessageContaining("BUDGET_FIGURE_INVALID");
  }

  @Test
  void the_required_amount_rounds_up_to_the_fen() {
    BudgetDecision d = ProjectBasedOperationPolicy.of(Money.of(3), 50).decide(Money.of(1));
    assertThat(d)
        .isInstanceOfSatisfying(
            BudgetDecision.Shortfall.class,
            s -> {
              assertThat(s.required()).isEqualTo(Money.of(2));
              assertThat(s.shortfall()).isEqualTo(Money.of(1));
            });
  }

  @Test
  void met_exactly_when_allocation_times_100_reaches_fund_times_share() {
    qt().forAll(longs().between(1, 100_000_000_000L), longs().between(0, 100))
        .checkAssert(
            (fund, percentOfFund) -> {
              long allocated = fund * percentOfFund / 100;
              BudgetDecision d =
                  ProjectBasedOperationPolicy.preset().decide(Money.of(fund), Money.of(allocated));
              assertThat(d.met()).isEqualTo(allocated * 100 >= fund * 50);
            });
  }

  @Test
  void eighty_percent_of_service_space_serves_priority_uses() {
    ServiceSpacePolicy policy = ServiceSpacePolicy.preset();
    ServiceSpacePolicy.Decision ok =
        policy.decide(
            Map.of(
                SpaceUse.ELDERLY,
                400L,
                SpaceUse.YOUTH,
                200L,
                SpaceUse.CHARITY,
                100L,
                SpaceUse.MEDIATION,
                100L,
                SpaceUse.OFFICE,
                200L));
    assertThat(ok).isEqualTo(new ServiceSpacePolicy.Decision(true, 800, 1000, 800, 8000, 80));
    ServiceSpacePolicy.Decision short1 =
        policy.decide(Map.of(SpaceUse.ELDERLY, 799L, SpaceUse.OFFICE, 201L));
    assertThat(short1.met()).isFalse();
    assertThat(short1.shareBasisPoints()).isEqualTo(7990);
    assertThat(
            ServiceSpacePolicy.of(50, EnumSet.of(SpaceUse.ELDERLY))
                .decide(Map.of(SpaceUse.ELDERLY, 1L, SpaceUse.OTHER, 1L))
                .met())
        .isTrue();
    assertThatThrownBy(() -> policy.decide(Map.of(SpaceUse.ELDERLY, -1L)))
        .hasMessageContaining("BUDGET_FIGURE_INVALID");
    assertThatThrownBy(() -> policy.decide(Map.of())).hasMessageContaining("BUDGET_FIGURE_INVALID");
  }
}
