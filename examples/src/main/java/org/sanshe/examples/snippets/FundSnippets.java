package org.sanshe.examples.snippets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sanshe.core.fee.Backstop;
import org.sanshe.core.fee.FeeTier;
import org.sanshe.core.fee.HouseholdCategories;
import org.sanshe.core.fee.HouseholdCategory;
import org.sanshe.core.fee.Payer;
import org.sanshe.core.fee.PriceSchedule;
import org.sanshe.core.fee.Pricing;
import org.sanshe.core.fee.ServiceDelivery;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundDesk;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.memory.InMemoryFunds;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.ProjectId;

/**
 * The README's funds and fee-tiers snippet; {@code ReadmeSnippetsTest} checks that the README shows
 * the tagged region verbatim and that it does what its comments say.
 */
public final class FundSnippets {

  private FundSnippets() {}

  /**
   * A foundation takes a donation and grants to a project; a meal is priced for a needy household.
   *
   * @return the pool's balance, the pool's statement, what the resident and government purchase
   *     paid for the meal
   */
  public static List<Object> foundationAndMeals() {
    Instant now = Instant.parse("2026-03-02T01:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    Counterparty enterprise =
        Counterparty.enterprise(UnifiedSocialCreditCode.parse("53100000500019795A"));
    HashedIdentity household = new HashedIdentity("ab".repeat(32));
    HouseholdCategories meansTest = (h, on) -> Optional.of(HouseholdCategory.NEEDY);
    LocalDate day = LocalDate.of(2026, 3, 2);
    // tag::funds[]
    InMemoryFunds funds = new InMemoryFunds();
    FundDesk desk = new FundDesk(funds, clock);
    FundId id = FundId.of("xc-foundation");
    desk.open(id, FundKind.COMMUNITY_FOUNDATION, "新城社区发展基金会", "clerk-li");
    desk.donate(id, Money.ofYuan(500_000), enterprise, "clerk-li");
    desk.grant(
        id, Money.ofYuan(120_000), Counterparty.project(new ProjectId("p-meals")), "clerk-li");
    Money pool = funds.find(id).orElseThrow().pool(); // 380000.00
    FundStatement march =
        funds.statement(id, FundAccountId.POOL, now, now.plusSeconds(1)); // 2 movements
    PriceSchedule meals =
        PriceSchedule.builder("elderly-meal", Money.parse("15.00"), Backstop.PURCHASE)
            .price(HouseholdCategory.NEEDY, FeeTier.FREE, Money.ZERO) // the needy never pay
            .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.parse("15.00"))
            .build();
    ServiceDelivery meal = new Pricing(meansTest).deliver(meals, household, day);
    // meal.paidBy(Payer.RESIDENT) is 0.00; government purchase pays 15.00
    // end::funds[]
    return List.of(
        pool, march.movements().size(), meal.paidBy(Payer.RESIDENT), meal.paidBy(Payer.PURCHASE));
  }
}
