package org.sanshe.jackson3.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.RefusalReason;
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.jackson3.SansheJson;
import tools.jackson.databind.ObjectMapper;

/** Access decisions, burden reports and Party coverage in JSON, over seeded random data. */
class AccessPartyJsonTest {

  private static final DivisionCode STREET = DivisionCode.parse("320114001");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");

  private final ObjectMapper mapper = SansheJson.mapper();

  @Test
  void random_decisions_and_their_burden_report_read_back_equal() throws Exception {
    long seed = System.nanoTime();
    System.out.println("AccessPartyJsonTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<AccessDecision> decisions = new ArrayList<>();
    List<PartyAffiliation> affiliations = new ArrayList<>();
    LocalDate first = LocalDate.parse("2026-01-01");
    for (int i = 0; i < 300; i++) {
      TaskRequest r =
          TaskRequest.of(
              TaskCode.of("T-" + random.nextInt(50)),
              "区人社局",
              COMMUNITY,
              first.plusDays(random.nextInt(365)));
      AccessDecision d =
          switch (random.nextInt(3)) {
            case 0 ->
                new AccessDecision.Listed(
                    r,
                    new AccessEntry(
                        r.task(), "事项", "区人社局", "依据", Money.ofYuan(random.nextInt(1000))));
            case 1 ->
                new AccessDecision.Refused(
                    r, RefusalReason.values()[random.nextInt(RefusalReason.values().length)]);
            default -> new AccessDecision.Refused(r, RefusalReason.UNLISTED);
          };
      decisions.add(d);
      String json = mapper.writerFor(AccessDecision.class).writeValueAsString(d);
      assertThat(mapper.readValue(json, AccessDecision.class))
          .as("seed %d: %s", seed, json)
          .isEqualTo(d);
      PartyOrganizationKind kind = PartyOrganizationKind.values()[random.nextInt(4)];
      affiliations.add(
          kind == PartyOrganizationKind.JOINT_BRANCH
              ? PartyAffiliation.joint(
                  OrganizationId.of("org-" + i), STREET, PartyRecordId.of("jb-1"), first)
              : PartyAffiliation.of(OrganizationId.of("org-" + i), STREET, kind, first));
    }
    for (ReportInterval interval : ReportInterval.values()) {
      BurdenReport report =
          BurdenReport.of(COMMUNITY, decisions, first, first.plusYears(1), interval);
      String json = mapper.writeValueAsString(report);
      assertThat(json).contains("\"reducedWithoutRebound\":" + report.reducedWithoutRebound());
      assertThat(mapper.readValue(json, BurdenReport.class)).as("seed %d", seed).isEqualTo(report);
    }
    PartyCoverage coverage = PartyCoverage.of(STREET, affiliations);
    String json = mapper.writeValueAsString(coverage);
    assertThat(json)
        .contains("\"organizations\":300")
        .contains("\"workCoverage\":\"" + coverage.workCoverage().orElseThrow() + "\"");
    assertThat(mapper.readValue(json, PartyCoverage.class)).isEqualTo(coverage);
  }
}
