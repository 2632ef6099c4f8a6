package org.sanshe.core.registry.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.FAR_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;
import static org.sanshe.core.registry.organization.OrganizationFixture.filed;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.ServiceDomain;

class HsdsExporterTest {

  private static final LocalDate ON = LocalDate.of(2025, 1, 1);

  private final HsdsExporter exporter = new HsdsExporter(OrganizationFixture.divisions());

  private static Organization organization() {
    return active("o1", 1, LocalDate.of(2019, 5, 1))
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION), CLOCK)
        .landIn(COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK)
        .landIn(OTHER_COMMUNITY, LocalDate.of(2020, 1, 1), CLOCK)
        .leave(OTHER_COMMUNITY, LocalDate.of(2021, 1, 1), CLOCK);
  }

  @Test
  void an_organization_becomes_hsds_records_with_its_credit_code_and_services() {
    Organization o = organization();
    HsdsEntry entry = exporter.export(o, ON);
    HsdsOrganization org = entry.organization();
    assertThat(org.id()).isEqualTo(exporter.export(o, ON).organization().id());
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
    assertThat(entry.services())
        .hasSize(2)
        .allMatch(s -> s.status().equals("active") && s.organizationId().equals(org.id()));
  }

  @Test
  void communities_served_are_service_areas_of_every_service_not_locations() {
    HsdsEntry entry = exporter.export(organization(), ON);
    assertThat(entry.organization().locations()).isEmpty();
    for (HsdsService s : entry.services()) {
      assertThat(s.serviceAreas())
          .as("only the community served on the export date")
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.serviceId()).isEqualTo(s.id());
                assertThat(a.name()).isEqualTo("雨花社区居委会");
                assertThat(a.extentType()).isEqualTo("text");
                assertThat(a.extent())
                    .isEqualTo(
                        DivisionCodeScheme.NBS_STATISTICAL_DIVISION_CODE.label()
                            + " "
                            + COMMUNITY.value());
                assertThat(a.description())
                    .contains("雨花社区居委会", COMMUNITY.value(), "统计用区划代码")
                    .doesNotContain("GB/T 2260");
              });
      assertThat(s.serviceAtLocations()).as("no place is invented").isEmpty();
    }
  }

  @Test
  void a_community_missing_from_the_directory_is_named_by_its_code() {
    Organization o = organization().landIn(FAR_COMMUNITY, LocalDate.of(2024, 6, 1), CLOCK);
    HsdsExporter bare =
        new HsdsExporter(org.sanshe.core.registry.division.Divisions.builder().build());
    assertThat(bare.export(o, ON).services().get(0).serviceAreas())
        .extracting(HsdsServiceArea::name)
        .containsExactlyInAnyOrder(COMMUNITY.value(), FAR_COMMUNITY.value());
  }

  @Test
  void supplied_places_become_locations_linked_to_every_service() {
    List<HsdsPlace> places =
        List.of(new HsdsPlace("office", " 雨花社区党群服务中心 ", "二楼"), new HsdsPlace("hall", "活动室", null));
    HsdsEntry entry = exporter.export(organization(), ON, places);
    List<HsdsLocation> locations = entry.organization().locations();
    assertThat(locations).extracting(HsdsLocation::name).containsExactly("雨花社区党群服务中心", "活动室");
    assertThat(locations)
        .allMatch(
            l ->
                l.locationType().equals("physical")
                    && l.organizationId().equals(entry.organization().id()));
    Set<String> linkIds = new HashSet<>();
    for (HsdsService s : entry.services()) {
      assertThat(s.serviceAtLocations())
          .extracting(HsdsServiceAtLocation::locationId)
          .containsExactly(locations.get(0).id(), locations.get(1).id());
      assertThat(s.serviceAtLocations()).allMatch(l -> l.serviceId().equals(s.id()));
      s.serviceAtLocations().forEach(l -> linkIds.add(l.id()));
    }
    assertThat(linkIds).as("one id per service and place").hasSize(4);
  }

  @Test
  void two_places_with_one_key_are_refused() {
    List<HsdsPlace> places = List.of(new HsdsPlace("a", "一", null), new HsdsPlace("a", "二", null));
    assertThatThrownBy(() -> exporter.export(organization(), ON, places))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.ARGUMENT_INVALID));
  }

  @Test
  void a_blank_place_name_is_refused_with_a_code() {
    assertThatThrownBy(() -> new HsdsPlace("a", "  ", null))
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(CoreError.TEXT_BLANK));
  }

  @Test
  void a_filed_organization_has_no_identifier_and_a_suspended_one_is_temporarily_closed() {
    assertThat(exporter.export(filed("f1"), ON).organization().organizationIdentifiers()).isEmpty();
    Organization suspended = organization().suspend(CLOCK);
    assertThat(exporter.export(suspended, ON).services())
        .allMatch(s -> s.status().equals("temporarily closed"));
  }

  @Test
  void ids_are_uuids_distinct_per_record() {
    HsdsEntry entry =
        exporter.export(organization(), ON, List.of(new HsdsPlace("office", "办公室", null)));
    Set<String> ids = new HashSet<>();
    ids.add(entry.organization().id());
    entry.organization().organizationIdentifiers().forEach(i -> ids.add(i.id()));
    entry.organization().locations().forEach(l -> ids.add(l.id()));
    for (HsdsService s : entry.services()) {
      ids.add(s.id());
      s.serviceAreas().forEach(a -> ids.add(a.id()));
      s.serviceAtLocations().forEach(a -> ids.add(a.id()));
    }
    // 1 organization, 1 identifier, 1 location, 2 services, 2 areas, 2 links
    assertThat(ids)
        .hasSize(9)
        .allMatch(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"));
  }
}
