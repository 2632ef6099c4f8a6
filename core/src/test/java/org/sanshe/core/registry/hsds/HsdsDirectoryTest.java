package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;

class HsdsDirectoryTest {

  private static final LocalDate ON = LocalDate.of(2025, 1, 1);
  private static final HsdsApiRoot ROOT = HsdsApiRoot.of("https://example.org/profile", null);

  static List<HsdsEntry> entries(int n) {
    HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());
    List<HsdsEntry> entries = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      entries.add(
          exporter.export(
              active("o" + i, i, LocalDate.of(2019, 5, 1))
                  .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION), CLOCK)
                  .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK),
              ON));
    }
    return entries;
  }

  @Test
  void organizations_and_services_are_paged_in_export_order_with_organizations_nested() {
    List<HsdsEntry> entries = entries(3);
    HsdsDirectory directory = HsdsDirectory.of(ROOT, entries);
    assertThat(directory.root()).isSameAs(ROOT);
    HsdsPage<HsdsOrganizationSummary> orgs = directory.organizations(1, 2);
    assertThat(orgs.totalItems()).isEqualTo(3);
    assertThat(orgs.contents())
        .extracting(HsdsOrganizationSummary::id)
        .containsExactly(entries.get(0).organization().id(), entries.get(1).organization().id());
    HsdsPage<HsdsServiceWithOrganization> services = directory.services(2, 4);
    assertThat(services.totalItems()).isEqualTo(6);
    assertThat(services.contents()).hasSize(2);
    HsdsServiceWithOrganization last = services.contents().get(1);
    assertThat(last.id()).isEqualTo(entries.get(2).services().get(1).id());
    assertThat(last.organization().id()).isEqualTo(entries.get(2).organization().id());
    assertThat(last.organizationId()).isEqualTo(last.organization().id());
    assertThat(last.serviceAreas()).isEqualTo(entries.get(2).services().get(1).serviceAreas());
  }

  @Test
  void single_records_are_found_by_hsds_id() {
    List<HsdsEntry> entries = entries(2);
    HsdsDirectory directory = HsdsDirectory.of(ROOT, entries);
    HsdsService s = entries.get(1).services().get(0);
    assertThat(directory.service(s.id()))
        .hasValueSatisfying(
            found ->
                assertThat(found.organization().name())
                    .isEqualTo(entries.get(1).organization().name()));
    assertThat(directory.organization(entries.get(0).organization().id()))
        .contains(entries.get(0).organization());
    assertThat(directory.service("no-such-id")).isEmpty();
    assertThat(directory.organization("no-such-id")).isEmpty();
  }

  @Test
  void an_organization_exported_twice_or_a_foreign_service_is_refused() {
    List<HsdsEntry> twice = new ArrayList<>(entries(1));
    twice.add(twice.get(0));
    assertThatThrownBy(() -> HsdsDirectory.of(ROOT, twice)).isInstanceOf(SansheException.class);
    List<HsdsEntry> two = entries(2);
    HsdsEntry mixed = new HsdsEntry(two.get(0).organization(), two.get(1).services());
    assertThatThrownBy(() -> HsdsDirectory.of(ROOT, List.of(mixed)))
        .isInstanceOf(SansheException.class);
  }

  @Test
  void a_service_cannot_nest_another_organization() {
    List<HsdsEntry> two = entries(2);
    HsdsService s = two.get(0).services().get(0);
    HsdsOrganizationSummary other = HsdsOrganizationSummary.of(two.get(1).organization());
    assertThatThrownBy(
            () ->
                new HsdsServiceWithOrganization(
                    s.id(),
                    s.organizationId(),
                    s.name(),
                    s.description(),
                    s.status(),
                    other,
                    s.serviceAreas(),
                    s.serviceAtLocations()))
        .isInstanceOf(SansheException.class);
  }
}
