package org.sanshe.core.registry.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.core.Theories.qt;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;

class OrganizationRoundTripProperties {

  private static final ObjectMapper MAPPER = RegistryJson.mapper();
  private static final DivisionCode[] COMMUNITIES = {
    OrganizationFixture.COMMUNITY,
    OrganizationFixture.OTHER_COMMUNITY,
    OrganizationFixture.FAR_COMMUNITY
  };

  /**
   * Applies command number c (some are refused: refusals must leave the organization unchanged).
   */
  private static Organization apply(Organization o, int c, int day) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(day * 37L);
    return switch (c % 10) {
      case 0 -> o.activate(CLOCK);
      case 1 -> o.suspend(CLOCK);
      case 2 -> o.landIn(COMMUNITIES[day % 3], date, CLOCK);
      case 3 -> o.leave(COMMUNITIES[day % 3], date, CLOCK);
      case 4 -> o.submitAnnualReport(Year.of(2019 + day % 8), LocalDate.of(2028, 1, 1), CLOCK);
      case 5 -> o.awardGrade(day * 13 % 1001, date, EvaluationPolicy.preset(), CLOCK);
      case 6 ->
          o.changeDomains(
              EnumSet.of(ServiceDomain.values()[day % ServiceDomain.values().length]), CLOCK);
      case 7 -> o.reportCertifiedWorkers(new CertifiedWorkers(day % 5, day % 3, day % 2), CLOCK);
      case 8 -> o.joinFederation(new OrganizationId("fed" + day % 3), CLOCK);
      default -> o.deregister(CLOCK);
    };
  }

  @Test
  void any_reachable_organization_survives_snapshot_and_json_round_trips() {
    qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(0, 25))
        .checkAssert(OrganizationRoundTripProperties::survivesRoundTrips);
  }

  private static void survivesRoundTrips(List<Integer> commands) {
    Organization o = OrganizationFixture.registered("p1", 5, LocalDate.of(2018, 1, 1));
    for (int i = 0; i < commands.size(); i++) {
      Organization before = o;
      try {
        o = apply(o, commands.get(i), commands.get(i) / 10 + i);
      } catch (SansheException refused) {
        assertThat(o).isSameAs(before);
      }
    }
    Organization stored = o.storedAs(commands.size() + 1);
    assertThat(Organization.restore(stored.snapshot())).isEqualTo(stored);
    try {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(stored), Organization.class))
          .isEqualTo(stored);
    } catch (JsonProcessingException e) {
      throw new AssertionError("JSON round trip failed", e);
    }
  }
}
