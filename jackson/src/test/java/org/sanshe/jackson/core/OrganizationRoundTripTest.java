package org.sanshe.jackson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.jackson.fixture.OrganizationFixture.CLOCK;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jackson.fixture.OrganizationFixture;

class OrganizationRoundTripTest {

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
              Set.of(ServiceDomain.presets().get(day % ServiceDomain.presets().size())), CLOCK);
      case 7 -> o.reportCertifiedWorkers(new CertifiedWorkers(day % 5, day % 3, day % 2), CLOCK);
      case 8 -> o.joinFederation(new OrganizationId("fed" + day % 3), CLOCK);
      default -> o.deregister(CLOCK);
    };
  }

  @Test
  void any_reachable_organization_survives_snapshot_and_json_round_trips() throws Exception {
    long seed = new SplittableRandom().nextLong();
    System.out.println("OrganizationRoundTripTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 150; run++) {
      List<Integer> commands = random.ints(random.nextInt(26), 0, 100).boxed().toList();
      roundTrip(commands);
    }
  }

  private static void roundTrip(List<Integer> commands) throws Exception {
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
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(stored), Organization.class))
        .isEqualTo(stored);
  }
}
