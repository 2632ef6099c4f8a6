package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;
import static org.sanshe.core.registry.organization.OrganizationFixture.filed;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;

class HsdsExporterTest {

  private final HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());

  private static Organization organization() {
    return active("o1", 1, LocalDate.of(2019, 5, 1))
        .changeDomains(EnumSet.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION), CLOCK)
        .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK)
        .landIn(OTHER_COMMUNITY, LocalDate.of(2020, 1, 1), CLOCK)
        .leave(OTHER_COMMUNITY, LocalDate.of(2021, 1, 1), CLOCK);
  }

  @Test
  void an_organization_becomes_hsds_records_with_its_credit_code_services_and_locations() {
    Organization o = organization();
    HsdsEntry entry = exporter.export(o, LocalDate.of(2025, 1, 1));
    HsdsOrganization org = entry.organization();
    assertThat(org.id())
        .isEqualTo(exporter.export(o, LocalDate.of(2025, 1, 1)).organization().id());
    assertThat(org.name()).isEqualTo(o.name());
    assertThat(org.yearIncorporated()).isEqualTo(2019);
    assertThat(org.organizationIdentifiers())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.identifier()).isEqualTo(o.uscc().orElseThrow().value());
              assertThat(i.identifierScheme()).isEqualTo("CN-USCI");
              assertThat(i.organizationId()).isEqualTo(org.id());
            });
    assertThat(org.locations())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.name()).isEqualTo("雨花社区居委会");
              assertThat(l.externalIdentifier()).isEqualTo(COMMUNITY.value());
              assertThat(l.externalIdentifierType())
                  .isEqualTo(DivisionCodeScheme.NBS_STATISTICAL_DIVISION_CODE.label())
                  .doesNotContain("GB/T 2260");
              assertThat(l.locationType()).isEqualTo("physical");
            });
    assertThat(entry.services())
        .hasSize(2)
        .allMatch(s -> s.status().equals("active") && s.organizationId().equals(org.id()));
  }

  @Test
  void a_filed_organization_has_no_identifier_and_a_suspended_one_is_temporarily_closed() {
    assertThat(
            exporter
                .export(filed("f1"), LocalDate.of(2025, 1, 1))
                .organization()
                .organizationIdentifiers())
        .isEmpty();
    Organization suspended = organization().suspend(CLOCK);
    assertThat(exporter.export(suspended, LocalDate.of(2025, 1, 1)).services())
        .allMatch(s -> s.status().equals("temporarily closed"));
  }
}
