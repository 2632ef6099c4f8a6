package org.sanshe.timebank.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.TimeBankFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecord;

class ServiceCommitmentTest {

  @Test
  void the_preset_is_20_hours_and_providers_from_18() {
    ServiceCommitment c = ServiceCommitment.registeredVolunteers();
    assertThat(c.annualMinimum()).isEqualTo(Duration.ofHours(20));
    assertThat(c.minimumProviderAge()).isEqualTo(18);
    PartyId v = PartyId.of("v");
    java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 1);
    assertThat(c.mayProvide(v, day, (p, d) -> OptionalInt.of(18)).isPermitted()).isTrue();
    assertThat(c.mayProvide(v, day, (p, d) -> OptionalInt.of(17)).isPermitted()).isFalse();
    assertThat(c.mayProvide(v, day, (p, d) -> OptionalInt.empty()).isPermitted()).isFalse();
    assertThatThrownBy(() -> new ServiceCommitment(Duration.ZERO, 18))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID));
    assertThatThrownBy(() -> new ServiceCommitment(Duration.ofHours(1), 121))
        .isInstanceOf(TimeBankException.class);
  }

  @Test
  void the_report_lists_volunteers_below_the_minimum_by_verified_service_in_the_year() {
    TimeBankFixture f = new TimeBankFixture();
    ServiceCommitment c = new ServiceCommitment(Duration.ofMinutes(90), 18);
    // the volunteer: 60 verified minutes, 120 recorded but not verified
    ServiceRecord verified = f.bank.services().record(COORDINATOR, f.service(30, 60)).record();
    f.bank.services().verify(COORDINATOR, verified.id());
    f.bank.services().record(COORDINATOR, f.service(10, 120));
    AnnualServiceReport r =
        c.underMinimum(
            List.of(TimeBankFixture.VOLUNTEER, TimeBankFixture.YOUNG),
            2026,
            ZoneId.of("Asia/Shanghai"),
            f.bank.services().records());
    assertThat(r.checked()).isEqualTo(2);
    assertThat(r.under())
        .containsExactly(
            new AnnualServiceReport.Shortfall(TimeBankFixture.VOLUNTEER, 60, 30),
            new AnnualServiceReport.Shortfall(TimeBankFixture.YOUNG, 0, 90));
    assertThat(
            c.underMinimum(
                    List.of(TimeBankFixture.VOLUNTEER),
                    2025,
                    ZoneId.of("Asia/Shanghai"),
                    f.bank.services().records())
                .under())
        .hasSize(1);
  }
}
