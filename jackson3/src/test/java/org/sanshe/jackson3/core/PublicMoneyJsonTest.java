package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.fee.Backstop;
import org.sanshe.core.fee.FeeTier;
import org.sanshe.core.fee.HouseholdCategory;
import org.sanshe.core.fee.PriceSchedule;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.jackson3.SansheJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Issue 18's portal types beyond the shared canonical cases. */
class PublicMoneyJsonTest {

  private final ObjectMapper mapper = SansheJson.mapper();

  @Test
  void a_schedule_that_charges_a_needy_household_is_refused_with_its_own_code() {
    String json =
        "{\"service\":\"meals\",\"unitCost\":{\"fen\":1500},\"backstop\":{\"payer\":\"PURCHASE\","
            + "\"fund\":null},\"prices\":[{\"category\":{\"code\":\"NEEDY\",\"english\":\"needy\","
            + "\"chinese\":\"困难家庭\",\"needy\":true},\"tier\":{\"code\":\"LOW_COST\","
            + "\"english\":\"low-cost\",\"chinese\":\"低偿\"},\"residentPays\":{\"fen\":500}}]}";
    assertThatThrownBy(() -> mapper.readValue(json, PriceSchedule.class))
        .isInstanceOfSatisfying(
            JacksonException.class,
            f ->
                assertThat(SansheJson.toException(f).problems().all().get(0).code())
                    .isEqualTo("FEE_NEEDY_CHARGED"));
  }

  @Test
  void a_schedule_and_a_roster_read_back_as_written() throws Exception {
    PriceSchedule schedule =
        PriceSchedule.builder("meals", Money.parse("15.00"), Backstop.PURCHASE)
            .price(HouseholdCategory.NEEDY, FeeTier.FREE, Money.ZERO)
            .price(HouseholdCategory.ORDINARY, FeeTier.PAID, Money.parse("15.00"))
            .build();
    PriceSchedule read = mapper.readValue(mapper.writeValueAsString(schedule), PriceSchedule.class);
    assertThat(read.prices()).isEqualTo(schedule.prices());
    assertThat(read.backstop()).isEqualTo(schedule.backstop());
    assertThat(read.unitCost()).isEqualTo(schedule.unitCost());
    ExpertRoster roster =
        ExpertRoster.open(
                DivisionCode.parse("320114"),
                2026,
                List.of(new Expert("e-1", List.of()), new Expert("e-2", List.of())),
                "officer",
                Instant.EPOCH)
            .draw(
                new ProjectId("p-1"),
                ReviewStage.MIDTERM,
                new OrganizationId("org-1"),
                1,
                -3L,
                "officer",
                Instant.EPOCH);
    ExpertRoster back = mapper.readValue(mapper.writeValueAsString(roster), ExpertRoster.class);
    assertThat(back).isEqualTo(roster);
    assertThat(back.pendingEvents()).isEmpty();
  }
}
