package org.sanshe.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.money.Money;

class FeeTiersTest {

  private static final HashedIdentity POOR = household('a');
  private static final HashedIdentity MODEST = household('b');
  private static final HashedIdentity WELL_OFF = household('c');
  private static final HashedIdentity UNKNOWN = household('d');
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
  private static final FeeTier HALF = new FeeTier("HALF_PRICE", "half price", "半价");

  private static HashedIdentity household(char c) {
    return new HashedIdentity(String.valueOf(c).repeat(64));
  }

  private static final HouseholdCategories MEANS_TEST =
      (h, on) ->
          h.equals(POOR)
              ? Optional.of(HouseholdCategory.NEEDY)
              : h.equals(MODEST)
                  ? Optional.of(HouseholdCategory.LOW_INCOME)
                  : h.equals(WELL_OFF) ? Optional.of(HouseholdCategory.ORDINARY) : Optional.empty();

  private static PriceSchedule meals(Backstop backstop) {
    return PriceSchedule.builder("elderly-meal", Money.parse("15.00"), backstop)
        .price(HouseholdCategory.NEEDY, FeeTier.FREE, Money.ZERO)
        .price(HouseholdCategory.LOW_INCOME, FeeTier.LOW_COST, Money.parse("5.00"))
        .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.parse("15.00"))
        .build();
  }

  @Test
  void a_schedule_that_charges_a_needy_category_is_refused_at_construction() {
    assertThatThrownBy(
            () ->
                PriceSchedule.builder("elderly-meal", Money.parse("15.00"), Backstop.PURCHASE)
                    .price(HouseholdCategory.NEEDY, FeeTier.LOW_COST, Money.of(1))
                    .build())
        .hasMessageStartingWith("[FEE_NEEDY_CHARGED]")
        .hasMessageContaining("NEEDY");
  }

  @Test
  void schedules_refuse_prices_above_cost_a_charging_free_tier_and_a_category_priced_twice() {
    Money cost = Money.ofYuan(10);
    assertThatThrownBy(
            () ->
                PriceSchedule.builder("s", cost, Backstop.PURCHASE)
                    .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.parse("10.01"))
                    .build())
        .hasMessageStartingWith("[FEE_SCHEDULE_INVALID]");
    assertThatThrownBy(
            () ->
                PriceSchedule.builder("s", cost, Backstop.PURCHASE)
                    .price(HouseholdCategory.ORDINARY, FeeTier.FREE, Money.of(1))
                    .build())
        .hasMessageStartingWith("[FEE_SCHEDULE_INVALID]");
    assertThatThrownBy(
            () ->
                PriceSchedule.builder("s", cost, Backstop.PURCHASE)
                    .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.of(1))
                    .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.of(2))
                    .build())
        .hasMessageStartingWith("[FEE_SCHEDULE_INVALID]");
    assertThatThrownBy(() -> PriceSchedule.builder("s", cost, Backstop.PURCHASE).build())
        .hasMessageStartingWith("[FEE_SCHEDULE_INVALID]");
    assertThatThrownBy(() -> new Backstop(Payer.RESIDENT, Optional.empty()))
        .hasMessageStartingWith("[FEE_SCHEDULE_INVALID]");
    assertThatThrownBy(() -> new FeeTier("half", "half", "半"))
        .hasMessageStartingWith("[FEE_TIER_INVALID]");
  }

  @Test
  void the_needy_are_served_free_and_the_backstop_pays_the_cost() {
    Pricing pricing = new Pricing(MEANS_TEST);
    ServiceDelivery d = pricing.deliver(meals(Backstop.PURCHASE), POOR, DAY);
    assertThat(d.tier()).isEqualTo(FeeTier.FREE);
    assertThat(d.residentPaid()).isEqualTo(Money.ZERO);
    assertThat(d.paidBy(Payer.PURCHASE)).isEqualTo(Money.parse("15.00"));
    assertThat(d.paidBy(Payer.FUND)).isEqualTo(Money.ZERO);
    ServiceDelivery low = pricing.deliver(meals(Backstop.fund(FundId.of("xc"))), MODEST, DAY);
    assertThat(low.residentPaid()).isEqualTo(Money.parse("5.00"));
    assertThat(low.paidBy(Payer.FUND)).isEqualTo(Money.parse("10.00"));
    assertThat(low.fund()).contains(FundId.of("xc"));
    assertThat(low.toString()).doesNotContain("b".repeat(16));
  }

  @Test
  void a_household_without_a_category_or_price_is_refused_and_a_needy_code_clash_never_charges() {
    Pricing pricing = new Pricing(MEANS_TEST);
    assertThatThrownBy(() -> pricing.deliver(meals(Backstop.PURCHASE), UNKNOWN, DAY))
        .hasMessageStartingWith("[FEE_HOUSEHOLD_UNCATEGORIZED]");
    PriceSchedule onlyOrdinary =
        PriceSchedule.builder("s", Money.ofYuan(3), Backstop.PURCHASE)
            .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.ofYuan(3))
            .build();
    assertThatThrownBy(() -> pricing.deliver(onlyOrdinary, MODEST, DAY))
        .hasMessageStartingWith("[FEE_CATEGORY_NOT_PRICED]");
    // the integrator's means test calls a category needy that the schedule priced as not needy
    HouseholdCategory notNeedy = new HouseholdCategory("NEEDY", "x", "x", false);
    PriceSchedule clash =
        PriceSchedule.builder("s", Money.ofYuan(3), Backstop.PURCHASE)
            .price(notNeedy, FeeTier.PAID, Money.ofYuan(3))
            .build();
    assertThatThrownBy(() -> pricing.deliver(clash, POOR, DAY))
        .hasMessageStartingWith("[FEE_NEEDY_CHARGED]");
  }

  @Test
  void the_monthly_report_counts_per_tier_and_payer_exactly_and_merges() {
    Pricing pricing = new Pricing(MEANS_TEST);
    PriceSchedule s =
        PriceSchedule.builder("elderly-meal", Money.parse("15.00"), Backstop.PURCHASE)
            .price(HouseholdCategory.NEEDY, FeeTier.FREE, Money.ZERO)
            .price(HouseholdCategory.LOW_INCOME, HALF, Money.parse("7.50"))
            .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.parse("15.00"))
            .build();
    SplittableRandom r = new SplittableRandom(18);
    List<HashedIdentity> homes = List.of(POOR, MODEST, WELL_OFF);
    List<ServiceDelivery> all = new ArrayList<>();
    Map<FeeTier, long[]> expected = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      ServiceDelivery d =
          pricing.deliver(
              s, homes.get(r.nextInt(3)), YearMonth.of(2026, 3).atDay(1 + r.nextInt(31)));
      all.add(d);
      long[] e = expected.computeIfAbsent(d.tier(), t -> new long[3]);
      e[0]++;
      e[1] += d.residentPaid().fen();
      e[2] += d.backstopPaid().fen();
    }
    MonthlyFeeReport report =
        MonthlyFeeReport.of(YearMonth.of(2026, 3), "elderly-meal", all.stream());
    long total = 0;
    for (MonthlyFeeReport.Line line : report.lines()) {
      long[] e = expected.get(line.tier());
      assertThat(line.deliveries()).isEqualTo(e[0]);
      assertThat(line.resident().fen()).isEqualTo(e[1]);
      assertThat(line.purchase().fen()).isEqualTo(e[2]);
      assertThat(line.fund()).isEqualTo(Money.ZERO);
      assertThat(line.cost()).isEqualTo(Money.parse("15.00").times(e[0]));
      total += e[0];
    }
    assertThat(report.total().deliveries()).isEqualTo(5000).isEqualTo(total);
    assertThat(report.total().cost()).isEqualTo(Money.parse("15.00").times(5000));
    MonthlyFeeReport.Tally a = new MonthlyFeeReport.Tally(YearMonth.of(2026, 3), "elderly-meal");
    MonthlyFeeReport.Tally b = new MonthlyFeeReport.Tally(YearMonth.of(2026, 3), "elderly-meal");
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? a : b).add(all.get(i));
    }
    assertThat(a.merge(b).report().total()).isEqualTo(report.total());
    assertThat(
            report.lines().stream()
                .filter(l -> l.tier().equals(FeeTier.FREE))
                .findFirst()
                .orElseThrow()
                .resident())
        .as("the needy never pay")
        .isEqualTo(Money.ZERO);
    assertThatThrownBy(
            () -> new MonthlyFeeReport.Tally(YearMonth.of(2026, 4), "elderly-meal").add(all.get(0)))
        .hasMessageStartingWith("[FEE_REPORT_MISMATCH]");
  }
}
