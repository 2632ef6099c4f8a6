package org.sanshe.core.registry.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.organization.OrganizationFixture.FAR_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;
import static org.sanshe.core.registry.organization.OrganizationFixture.active;
import static org.sanshe.core.registry.organization.OrganizationFixture.filed;
import static org.sanshe.core.registry.organization.OrganizationFixture.uscc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.EvaluationPolicy;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.ServiceDomain;

class InMemoryOrganizationsTest {

  private static final LocalDate SINCE = LocalDate.of(2019, 1, 1);

  // Annual reports far ahead of the fixture's clock need a clock that has reached them.
  private static final java.time.Clock LATER =
      java.time.Clock.fixed(
          java.time.Instant.parse("2300-01-02T00:00:00Z"), java.time.ZoneOffset.UTC);

  @Test
  void saving_assigns_versions_and_finds_by_id_and_credit_code() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    Organization saved = store.save(active("o1", 1, SINCE));
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.events()).isEmpty();
    assertThat(store.find(new OrganizationId("o1"))).contains(saved);
    assertThat(store.findByUscc(uscc('2', 1))).contains(saved);
    assertThat(store.save(saved.suspend(CLOCK)).version()).isEqualTo(2);
  }

  @Test
  void a_stale_write_fails_with_a_specific_code_and_changes_nothing() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    Organization v1 = store.save(active("o1", 1, SINCE));
    Organization first = store.save(v1.landIn(COMMUNITY, SINCE, CLOCK));
    assertThatThrownBy(() -> store.save(v1.suspend(CLOCK)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("ORGANIZATION_VERSION_CONFLICT");
    assertThat(store.find(v1.id())).contains(first);
  }

  @Test
  void a_duplicate_credit_code_is_refused() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    store.save(active("o1", 1, SINCE));
    assertThatThrownBy(() -> store.save(active("o2", 1, SINCE)))
        .hasMessageContaining("ORGANIZATION_USCC_DUPLICATE");
    assertThat(store.size()).isEqualTo(1);
    assertThatThrownBy(() -> store.save(active("o1", 7, SINCE)))
        .hasMessageContaining("ORGANIZATION_ID_DUPLICATE");
  }

  @Test
  void one_hub_per_street_and_one_federation_per_community() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    store.save(active("h1", 1, SINCE).assignHub(STREET, CLOCK));
    assertThatThrownBy(() -> store.save(active("h2", 2, SINCE).assignHub(STREET, CLOCK)))
        .hasMessageContaining("ORGANIZATION_HUB_TAKEN");
    store.save(active("f1", 3, SINCE).designateFederation(COMMUNITY, CLOCK));
    assertThatThrownBy(
            () -> store.save(active("f2", 4, SINCE).designateFederation(COMMUNITY, CLOCK)))
        .hasMessageContaining("ORGANIZATION_FEDERATION_TAKEN");
    assertThat(store.hubOf(STREET).orElseThrow().id().value()).isEqualTo("h1");
    assertThat(store.federationOf(COMMUNITY).orElseThrow().id().value()).isEqualTo("f1");
  }

  private static InMemoryOrganizations populated() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    for (int i = 0; i < 30; i++) {
      Organization o = active(String.format("s%02d", i), i + 1, SINCE);
      if (i % 3 == 0) {
        o = o.changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK);
      }
      if (i % 5 == 0) {
        o = o.awardGrade(800 + i, LocalDate.of(2022, 1, 1), EvaluationPolicy.preset(), CLOCK);
      }
      if (i % 2 == 0) {
        o = o.landIn(FAR_COMMUNITY, LocalDate.of(2024, 1, 1), CLOCK);
      }
      store.save(o);
    }
    for (int i = 0; i < 5; i++) {
      store.save(
          Organization.create(
              new OrganizationId("t" + i),
              NewOrganization.registered(
                  "赛虹桥" + i, LegalForm.SOCIAL_GROUP, FAR_COMMUNITY, uscc('1', 100 + i), SINCE),
              CLOCK));
    }
    store.save(filed("z-filed"));
    return store;
  }

  @Test
  void queries_filter_by_subtree_form_domain_status_grade_and_landing() {
    InMemoryOrganizations store = populated();
    assertThat(store.count(OrganizationQuery.all())).isEqualTo(36);
    assertThat(store.count(OrganizationQuery.all().within(STREET))).isEqualTo(31);
    assertThat(store.count(OrganizationQuery.all().within(OTHER_STREET))).isEqualTo(5);
    assertThat(store.count(OrganizationQuery.all().within(DISTRICT))).isEqualTo(36);
    assertThat(store.count(OrganizationQuery.all().within(DivisionCode.parse("320000"))))
        .isEqualTo(36);
    assertThat(store.count(OrganizationQuery.all().withLegalForm(LegalForm.SOCIAL_GROUP)))
        .isEqualTo(5);
    assertThat(store.count(OrganizationQuery.all().withDomain(ServiceDomain.ELDERLY_CARE)))
        .isEqualTo(10);
    assertThat(store.count(OrganizationQuery.all().withStatus(OrganizationStatus.REGISTERED)))
        .isEqualTo(5);
    assertThat(
            store.count(
                OrganizationQuery.all()
                    .withGradeValidOn(LocalDate.of(2024, 1, 1), EvaluationGrade.ONE_A)))
        .isEqualTo(6);
    assertThat(
            store.count(
                OrganizationQuery.all()
                    .withGradeValidOn(LocalDate.of(2027, 1, 1), EvaluationGrade.ONE_A)))
        .as("grades expire after five years")
        .isZero();
    assertThat(store.count(OrganizationQuery.all().landedIn(FAR_COMMUNITY))).isEqualTo(15);
    assertThat(
            store.count(OrganizationQuery.all().landedIn(FAR_COMMUNITY, LocalDate.of(2023, 1, 1))))
        .isZero();
  }

  @Test
  void pages_are_stable_and_cover_every_match_once() {
    InMemoryOrganizations store = populated();
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(7);
    Page<Organization> page;
    do {
      page = store.query(OrganizationQuery.all(), request);
      assertThat(page.total()).isEqualTo(36);
      page.items().forEach(o -> seen.add(o.id().value()));
      request = request.next();
    } while (page.hasNext());
    assertThat(seen).hasSize(36).doesNotHaveDuplicates();
    assertThat(seen.subList(0, 31)).isSorted();
    assertThat(store.query(OrganizationQuery.all(), PageRequest.first(36)).items())
        .extracting(o -> o.id().value())
        .containsExactlyElementsOf(seen);
  }

  @Test
  void counts_per_street_and_district() {
    InMemoryOrganizations store = populated();
    assertThat(store.countsPerStreet(DISTRICT))
        .containsExactly(Map.entry(STREET, 31L), Map.entry(OTHER_STREET, 5L));
    assertThat(store.countsPerDistrict(DivisionCode.parse("100000")))
        .containsExactly(Map.entry(DISTRICT, 36L));
  }

  @Test
  void a_moved_organization_leaves_its_old_indexes() {
    InMemoryOrganizations store = populated();
    Organization o = store.find(new OrganizationId("s00")).orElseThrow();
    store.save(
        o.leave(FAR_COMMUNITY, LocalDate.of(2025, 1, 1), CLOCK)
            .changeDomains(new TreeSet<>(), CLOCK));
    assertThat(store.count(OrganizationQuery.all().landedIn(FAR_COMMUNITY))).isEqualTo(14);
    assertThat(store.count(OrganizationQuery.all().withDomain(ServiceDomain.ELDERLY_CARE)))
        .isEqualTo(9);
  }

  @Test
  void save_all_is_all_or_nothing_and_reports_every_bad_element() {
    InMemoryOrganizations store = new InMemoryOrganizations();
    store.save(active("o1", 1, SINCE));
    List<Organization> batch =
        List.of(
            active("a", 10, SINCE),
            active("b", 1, SINCE),
            active("c", 10, SINCE),
            active("d", 11, SINCE));
    assertThatThrownBy(() -> store.saveAll(batch))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().errors())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("[1]", "ORGANIZATION_USCC_DUPLICATE"),
                        org.assertj.core.groups.Tuple.tuple("[2]", "ORGANIZATION_USCC_DUPLICATE")));
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void concurrent_writers_lose_nothing_and_readers_never_block() throws Exception {
    InMemoryOrganizations store = new InMemoryOrganizations();
    int n = 8;
    for (int i = 0; i < n; i++) {
      store.save(active("c" + i, i + 1, SINCE));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger conflicts = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    int rounds = 50;
    for (int w = 0; w < 4; w++) {
      int writer = w;
      futures.add(
          pool.submit(
              () -> {
                for (int r = 0; r < rounds; r++) {
                  OrganizationId id = new OrganizationId("c" + ((r + writer) % n));
                  while (true) {
                    Organization current = store.find(id).orElseThrow();
                    try {
                      int year = 2020 + r * 4 + writer;
                      store.save(
                          current.submitAnnualReport(
                              java.time.Year.of(year), LocalDate.of(2300, 1, 1), LATER));
                      break;
                    } catch (StaleVersionException e) {
                      conflicts.incrementAndGet();
                    }
                  }
                  store.count(OrganizationQuery.all().within(STREET));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long reports =
        store.query(OrganizationQuery.all(), PageRequest.first(100)).items().stream()
            .mapToLong(o -> o.annualReports().size())
            .sum();
    assertThat(reports)
        .as("every report survived, conflicts retried: " + conflicts)
        .isEqualTo(4L * rounds);
  }
}
