package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.programme.ProgrammeFixture.eligible;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;

class FunctionTransferCatalogueTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 1);

  @Test
  void the_illustrative_catalogue_asks_for_registered_organizations_graded_three_a() {
    FunctionTransferCatalogue catalogue = FunctionTransferCatalogue.illustrative();
    assertThat(catalogue.entries())
        .extracting(FunctionTransfer::code)
        .containsExactly("FT-CA-01", "FT-DP-01", "FT-JS-01");
    FunctionTransfer care = catalogue.find("FT-CA-01").orElseThrow();
    assertThat(care.domain()).isEqualTo(ServiceDomain.ELDERLY_CARE);
    assertThat(care.eligibility().minimumGrade()).contains(EvaluationGrade.THREE_A);
    assertThat(care.eligibility().registrationRequired()).isTrue();
    assertThat(catalogue.find("none")).isEmpty();
  }

  @Test
  void the_eligible_organizations_are_compiled_from_the_registry_on_a_date() {
    FunctionTransfer care = FunctionTransferCatalogue.illustrative().find("FT-CA-01").orElseThrow();
    Organization fourA = eligible("o2", 2);
    Organization otherFourA = eligible("o1", 1);
    Organization ungraded =
        OrganizationFixture.active("o3", 3, LocalDate.of(2020, 1, 2))
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK);
    Organization filed =
        OrganizationFixture.filed("o4")
            .activate(CLOCK)
            .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK);
    Organization mediation =
        eligible("o5", 5).changeDomains(Set.of(ServiceDomain.MEDIATION), CLOCK);
    List<EligibleOrganization> takers =
        FunctionTransferCatalogue.eligibleFor(
            care, List.of(fourA, ungraded, filed, mediation, otherFourA), ON);
    assertThat(takers).extracting(e -> e.organization().value()).containsExactly("o1", "o2");
    assertThat(takers.get(0).grade()).contains(EvaluationGrade.FOUR_A);
    assertThat(takers.get(0).registered()).isTrue();
    // the grade expires after five years: then nobody of them qualifies
    assertThat(
            FunctionTransferCatalogue.eligibleFor(
                care, List.of(fourA, otherFourA), LocalDate.of(2031, 1, 1)))
        .isEmpty();
  }

  @Test
  void bad_entries_are_refused_with_their_codes() {
    Eligibility e = Eligibility.open();
    assertThatThrownBy(
            () ->
                new FunctionTransfer(
                    "bad code", "区民政局", "x", ServiceDomain.YOUTH, Money.ofYuan(1), e))
        .isInstanceOfSatisfying(
            RegistryException.class,
            x -> assertThat(x.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    assertThatThrownBy(
            () -> new FunctionTransfer("FT", "区民政局", "x", ServiceDomain.YOUTH, Money.ZERO, e))
        .isInstanceOfSatisfying(
            RegistryException.class,
            x -> assertThat(x.errorCode()).isEqualTo(RegistryError.BUDGET_AMOUNT_NOT_POSITIVE));
    assertThatThrownBy(
            () -> new FunctionTransfer("FT", " ", "x", ServiceDomain.YOUTH, Money.ofYuan(1), e))
        .isInstanceOf(RegistryException.class);
    FunctionTransfer t =
        new FunctionTransfer("FT", "区民政局", "x", ServiceDomain.YOUTH, Money.ofYuan(1), e);
    assertThatThrownBy(() -> FunctionTransferCatalogue.of(List.of(t, t)))
        .isInstanceOfSatisfying(
            RegistryException.class,
            x -> assertThat(x.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    assertThat(
            new Eligibility(Set.of(), Optional.of(EvaluationGrade.FIVE_A), false)
                .check(eligible("o9", 9), ServiceDomain.ELDERLY_CARE, ON))
        .isEqualTo(new Eligibility.Ineligible(Eligibility.Rule.GRADE));
  }
}
