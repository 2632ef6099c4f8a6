package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problems;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.memory.InMemoryOrganizations;

/** A place lists a service domain of its own and the registry accepts, stores and finds it. */
class OpenServiceDomainsScenarioTest {

  private static final ServiceDomain CANTEEN = ServiceDomain.of("ELDERLY_CANTEEN");
  private static final ServiceDomain PROPERTY = ServiceDomain.of("property-disputes");
  private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

  private final InMemoryOrganizations store = new InMemoryOrganizations();
  private final List<OrganizationEvent> events = new ArrayList<>();
  private final ServiceDomainCatalogue catalogue =
      ServiceDomainCatalogue.presets()
          .with(CANTEEN, "老年助餐", "Elderly canteen")
          .with(PROPERTY, "物业纠纷", "Property disputes");

  private OrganizationRegistry registry(ServiceDomainCatalogue domains) {
    OrganizationRegistry.Builder b =
        OrganizationRegistry.builder(store, OrganizationFixture.divisions())
            .clock(CLOCK)
            .ids(IdSource.sequential("org"))
            .listener(events::add);
    return (domains == null ? b : b.domains(domains)).build();
  }

  @Test
  void an_integrator_defined_domain_is_stored_read_back_and_found_by_a_query() {
    OrganizationRegistry registry = registry(catalogue);
    assertThat(registry.domains()).isSameAs(catalogue);
    store.save(active("o1", 1, SINCE));
    store.save(active("o2", 2, SINCE));
    Organization changed =
        registry.changeDomains(
            new OrganizationId("o1"), Set.of(PROPERTY, ServiceDomain.YOUTH, CANTEEN));
    registry.changeDomains(new OrganizationId("o2"), Set.of(ServiceDomain.YOUTH));

    assertThat(changed.domains()).containsExactly(CANTEEN, ServiceDomain.YOUTH, PROPERTY);
    Organization read = store.find(new OrganizationId("o1")).orElseThrow();
    assertThat(read.domains()).containsExactly(CANTEEN, ServiceDomain.YOUTH, PROPERTY);
    assertThat(read.serves(CANTEEN)).isTrue();
    assertThat(Organization.restore(read.snapshot()).domains()).isEqualTo(read.domains());
    assertThat(events)
        .last()
        .isInstanceOfSatisfying(
            OrganizationEvent.ServiceDomainsChanged.class,
            e -> assertThat(e.domains()).containsExactly(ServiceDomain.YOUTH));

    OrganizationQuery byCanteen = OrganizationQuery.all().within(STREET).withDomain(CANTEEN);
    assertThat(store.count(byCanteen)).isEqualTo(1);
    assertThat(store.query(byCanteen, PageRequest.first(10)).items())
        .extracting(Organization::id)
        .containsExactly(new OrganizationId("o1"));
    assertThat(store.count(OrganizationQuery.all().withDomain(ServiceDomain.YOUTH))).isEqualTo(2);
    assertThat(store.count(OrganizationQuery.all().withDomain(ServiceDomain.of("other")))).isZero();
  }

  @Test
  void a_domain_the_catalogue_does_not_list_is_refused_and_nothing_changes() {
    OrganizationRegistry presetsOnly = registry(null);
    assertThat(presetsOnly.domains()).isSameAs(ServiceDomainCatalogue.presets());
    store.save(active("o1", 1, SINCE).changeDomains(Set.of(ServiceDomain.HEALTH), CLOCK));
    Organization before = store.find(new OrganizationId("o1")).orElseThrow();

    assertThatThrownBy(
            () ->
                presetsOnly.changeDomains(
                    new OrganizationId("o1"), Set.of(ServiceDomain.YOUTH, CANTEEN)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN);
              assertThat(e.getMessage()).contains("service domain").doesNotContain("CANTEEN");
            });
    Organization after = store.find(new OrganizationId("o1")).orElseThrow();
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(after.domains()).containsExactly(ServiceDomain.HEALTH);
    assertThat(events).isEmpty();
  }

  @Test
  void an_import_with_an_unlisted_domain_is_refused_whole_naming_the_element() {
    OrganizationRegistry registry = registry(catalogue);
    Organization listed = active("o1", 1, SINCE).changeDomains(Set.of(CANTEEN), CLOCK).storedAs(1);
    Organization unlisted =
        active("o2", 2, SINCE).changeDomains(Set.of(ServiceDomain.of("ZOO")), CLOCK).storedAs(1);

    assertThatThrownBy(() -> registry.importAll(List.of(listed, unlisted), Problems.none()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().all())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.path()).isEqualTo("[1]");
                          assertThat(p.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN);
                        }));
    assertThat(store.size()).isZero();

    assertThat(registry.importAll(List.of(listed), Problems.none())).isEqualTo(1);
    assertThat(store.find(new OrganizationId("o1")).orElseThrow().domains())
        .containsExactly(CANTEEN);
  }

  @Test
  void an_organization_serves_in_at_most_sixteen_domains_and_a_programme_funds_as_many() {
    Set<ServiceDomain> sixteen = new java.util.TreeSet<>();
    for (int i = 0; i < Organization.MAX_DOMAINS; i++) {
      sixteen.add(ServiceDomain.of("D" + i));
    }
    Organization o = active("o1", 1, SINCE);
    assertThat(o.changeDomains(sixteen, CLOCK).domains()).hasSize(16);
    assertThat(
            new org.sanshe.core.registry.programme.Eligibility(
                    sixteen, java.util.Optional.empty(), false)
                .domains())
        .hasSize(16);
    Set<ServiceDomain> seventeen = new java.util.TreeSet<>(sixteen);
    seventeen.add(ServiceDomain.of("D16"));
    assertThatThrownBy(() -> o.changeDomains(seventeen, CLOCK))
        .isInstanceOfSatisfying(
            org.sanshe.core.registry.RegistryException.class,
            e -> assertThat(e.code()).isEqualTo("ORGANIZATION_DOMAINS_TOO_MANY"));
    assertThatThrownBy(
            () ->
                new org.sanshe.core.registry.programme.Eligibility(
                    seventeen, java.util.Optional.empty(), false))
        .isInstanceOfSatisfying(
            org.sanshe.core.registry.RegistryException.class,
            e -> assertThat(e.code()).isEqualTo("PROGRAMME_SETTING_INVALID"));
    assertThat(o.domains()).isEmpty();
  }
}
