package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.InvalidInputException;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.Page;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.AnnualReport;
import org.sanshe.core.registry.organization.CertifiedWorkers;
import org.sanshe.core.registry.organization.EvaluationGrade;
import org.sanshe.core.registry.organization.GradeAward;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.Organizations;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/**
 * The contract of the {@link Organizations} port. Extend it with a fresh, empty store per test and
 * a way to reopen a store over the same data (as a restarted process or a second server would);
 * every test here must pass.
 *
 * <p>What it holds a store to: a saved organization reads back equal (every field, by id, credit
 * code, hub street and federation community), also after a reopen; versions are optimistic (a stale
 * write or a second "new" organization under a taken id is refused and changes nothing); credit
 * codes, hub streets and federation communities are unique; {@code saveAll} is all or none and
 * lists every problem by index; queries, counts and pages agree with {@link
 * OrganizationQuery#matches(Organization)} in the port's stable order (street or district key, then
 * id; id alone for landings), checked on seeded random registries whose seed is printed.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class OrganizationsContract {

  private static final DivisionCode DISTRICT = DistrictFixture.DISTRICT;
  private static final DivisionCode STREET = DistrictFixture.STREET;
  private static final DivisionCode OTHER_STREET = DistrictFixture.OTHER_STREET;
  private static final DivisionCode COMMUNITY = DistrictFixture.COMMUNITY;
  private static final DivisionCode NEIGHBOUR = DistrictFixture.NEIGHBOUR_COMMUNITY;
  private static final DivisionCode FAR = DistrictFixture.FAR_COMMUNITY;
  private static final DivisionCode OTHER_DISTRICT_STREET = DivisionCode.parse("320107003");
  private static final DivisionCode OTHER_DISTRICT_COMMUNITY = DivisionCode.parse("320107003005");
  private static final DivisionCode OTHER_PROVINCE_COMMUNITY = DivisionCode.parse("330102001001");

  /**
   * Home divisions of the random registries: districts, streets and communities in two provinces.
   */
  private static final List<DivisionCode> HOMES =
      List.of(
          DISTRICT,
          STREET,
          OTHER_STREET,
          COMMUNITY,
          NEIGHBOUR,
          FAR,
          DivisionCode.parse("320107"),
          OTHER_DISTRICT_STREET,
          OTHER_DISTRICT_COMMUNITY,
          DivisionCode.parse("330102001"),
          OTHER_PROVINCE_COMMUNITY);

  private static final List<DivisionCode> COMMUNITIES =
      List.of(COMMUNITY, NEIGHBOUR, FAR, OTHER_DISTRICT_COMMUNITY, OTHER_PROVINCE_COMMUNITY);

  private static final LocalDate SINCE = LocalDate.of(2019, 3, 1);

  private final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected OrganizationsContract() {}

  /**
   * Returns a new, empty store for one test.
   *
   * @return the store
   */
  protected abstract Organizations newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process or a second server
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract Organizations reopen(Organizations store);

  /**
   * Returns a new, empty store that writes its events to a new, empty outbox.
   *
   * @return the store and the outbox
   */
  protected abstract WithOutbox<Organizations> newStoreWithOutbox();

  // ------------------------------------------------------------------ fixtures

  private static UnifiedSocialCreditCode uscc(char category, long n) {
    return SyntheticIdentifiers.civilAffairsUscc(category, DISTRICT, n);
  }

  private static OrganizationSnapshot registered(String id, DivisionCode home, long usccNo) {
    return new OrganizationSnapshot(
        OrganizationId.of(id),
        0,
        "社会组织" + id,
        LegalForm.SOCIAL_SERVICE_AGENCY,
        OrganizationStatus.ACTIVE,
        home,
        uscc('2', usccNo),
        SINCE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Organization fresh(String id, DivisionCode home, long usccNo) {
    return Organization.restore(registered(id, home, usccNo));
  }

  private static Organization with(
      OrganizationSnapshot s, DivisionCode hubOf, DivisionCode federationOf) {
    return Organization.restore(
        new OrganizationSnapshot(
            s.id(),
            s.version(),
            s.name(),
            s.legalForm(),
            s.status(),
            s.division(),
            s.uscc(),
            s.registeredOn(),
            s.filingDivision(),
            s.filedOn(),
            s.annualReports(),
            s.grades(),
            hubOf,
            federationOf,
            s.memberships(),
            s.landings(),
            s.domains(),
            s.certifiedWorkers()));
  }

  /** An organization using every field: reports, grades, roles, memberships, landings, domains. */
  private static Organization rich(String id) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(id),
            0,
            "雨花台区“阳光”为老服务中心 No.1",
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            COMMUNITY,
            uscc('2', 7),
            SINCE,
            null,
            null,
            List.of(
                new AnnualReport(Year.of(2020), LocalDate.of(2021, 3, 30)),
                new AnnualReport(Year.of(2021), LocalDate.of(2022, 4, 2))),
            List.of(
                new GradeAward(
                    EvaluationGrade.FOUR_A,
                    856,
                    LocalDate.of(2021, 6, 1),
                    LocalDate.of(2026, 6, 1)),
                new GradeAward(
                    EvaluationGrade.FIVE_A,
                    932,
                    LocalDate.of(2024, 6, 1),
                    LocalDate.of(2029, 6, 1))),
            STREET,
            COMMUNITY,
            List.of(OrganizationId.of("fed-b"), OrganizationId.of("fed-a")),
            List.of(
                new Landing(NEIGHBOUR, LocalDate.of(2020, 5, 1), LocalDate.of(2022, 5, 1)),
                new Landing(NEIGHBOUR, LocalDate.of(2023, 1, 1), null),
                new Landing(FAR, LocalDate.of(2021, 1, 1), null)),
            Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.MEDIATION, ServiceDomain.HEALTH),
            new CertifiedWorkers(3, 2, 1)));
  }

  private static void assertCode(Throwable e, RegistryError code) {
    assertThat(e).isInstanceOf(RegistryException.class);
    assertThat(((RegistryException) e).errorCode()).isEqualTo(code);
  }

  // ------------------------------------------------------------------ saving and finding

  @Test
  void a_saved_organization_reads_back_equal_with_version_one_and_no_events() {
    Organizations store = newStore();
    Organization draft = rich("org-1");
    Organization saved = store.save(draft);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.events()).isEmpty();
    assertThat(store.find(OrganizationId.of("org-1"))).contains(saved);
    assertThat(saved.snapshot()).isEqualTo(draft.storedAs(1).snapshot());
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void every_field_survives_a_reopen() {
    Organizations store = newStore();
    Organization saved = store.save(rich("org-1"));
    Organizations again = reopen(store);
    Organization read = again.find(saved.id()).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(saved.snapshot());
    assertThat(read.landings()).containsExactlyElementsOf(saved.landings());
    assertThat(read.memberships()).containsExactlyElementsOf(saved.memberships());
    assertThat(read.grades()).containsExactlyElementsOf(saved.grades());
    assertThat(again.findByUscc(saved.uscc().orElseThrow())).contains(saved);
    assertThat(again.hubOf(STREET)).contains(saved);
    assertThat(again.federationOf(COMMUNITY)).contains(saved);
    assertThat(again.hubOf(OTHER_STREET)).isEmpty();
    assertThat(again.federationOf(NEIGHBOUR)).isEmpty();
  }

  @Test
  void a_change_moves_the_version_on_and_replaces_every_list() {
    Organizations store = newStore();
    Organization v1 = store.save(rich("org-1"));
    Organization changed =
        v1.leave(FAR, LocalDate.of(2026, 2, 1), clock)
            .changeDomains(Set.of(ServiceDomain.YOUTH), clock)
            .withdrawHub(clock)
            .leaveFederation(OrganizationId.of("fed-a"), clock);
    Organization v2 = store.save(changed);
    assertThat(v2.version()).isEqualTo(2);
    Organization read = reopen(store).find(v1.id()).orElseThrow();
    assertThat(read).isEqualTo(v2);
    assertThat(read.domains()).containsExactly(ServiceDomain.YOUTH);
    assertThat(read.hubOf()).isEmpty();
    assertThat(read.memberships()).containsExactly(OrganizationId.of("fed-b"));
    assertThat(reopen(store).hubOf(STREET)).isEmpty();
  }

  @Test
  void integrator_defined_domains_read_back_in_code_order_and_are_found_by_a_query() {
    ServiceDomain canteen = ServiceDomain.of("ELDERLY_CANTEEN");
    ServiceDomain property = ServiceDomain.of("property-disputes");
    Organizations store = newStore();
    Organization one =
        store.save(
            fresh("org-1", COMMUNITY, 1)
                .changeDomains(Set.of(property, ServiceDomain.YOUTH, canteen), clock));
    store.save(fresh("org-2", NEIGHBOUR, 2).changeDomains(Set.of(property), clock));
    Organizations again = reopen(store);
    assertThat(again.find(one.id()).orElseThrow().domains())
        .containsExactly(canteen, ServiceDomain.YOUTH, property);
    assertThat(again.count(OrganizationQuery.all().withDomain(canteen))).isEqualTo(1);
    assertThat(
            again
                .query(
                    OrganizationQuery.all().within(STREET).withDomain(property),
                    PageRequest.first(10))
                .items())
        .extracting(o -> o.id().value())
        .containsExactly("org-1", "org-2");
    assertThat(again.count(OrganizationQuery.all().withDomain(ServiceDomain.of("unused"))))
        .isZero();
  }

  @Test
  void a_stale_write_is_refused_and_changes_nothing() {
    Organizations store = newStore();
    Organization v1 = store.save(fresh("org-1", COMMUNITY, 1));
    Organization v2 = store.save(v1.changeDomains(Set.of(ServiceDomain.YOUTH), clock));
    Organization stale = v1.changeDomains(Set.of(ServiceDomain.HEALTH), clock);
    assertThatThrownBy(() -> store.save(stale))
        .isInstanceOf(StaleVersionException.class)
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_VERSION_CONFLICT));
    assertThat(reopen(store).find(v1.id())).contains(v2);
  }

  @Test
  void a_changed_organization_that_was_never_stored_is_a_stale_write() {
    Organizations store = newStore();
    Organization v1 = fresh("org-1", COMMUNITY, 1).storedAs(3);
    assertThatThrownBy(() -> store.save(v1))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_VERSION_CONFLICT));
    assertThat(store.size()).isZero();
  }

  @Test
  void a_second_new_organization_under_a_taken_id_is_refused() {
    Organizations store = newStore();
    Organization first = store.save(fresh("org-1", COMMUNITY, 1));
    assertThatThrownBy(() -> store.save(fresh("org-1", FAR, 2)))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_ID_DUPLICATE));
    assertThat(reopen(store).find(first.id())).contains(first);
    assertThat(store.findByUscc(uscc('2', 2))).isEmpty();
  }

  @Test
  void a_credit_code_hub_street_or_federation_community_is_held_by_one_organization() {
    Organizations store = newStore();
    store.save(with(registered("org-1", COMMUNITY, 1), STREET, COMMUNITY));
    assertThatThrownBy(() -> store.save(fresh("org-2", FAR, 1)))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_USCC_DUPLICATE));
    assertThatThrownBy(() -> store.save(with(registered("org-2", FAR, 2), STREET, null)))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_HUB_TAKEN));
    assertThatThrownBy(() -> store.save(with(registered("org-2", FAR, 2), null, COMMUNITY)))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_FEDERATION_TAKEN));
    Organizations again = reopen(store);
    assertThat(again.size()).isEqualTo(1);
    assertThat(again.find(OrganizationId.of("org-2"))).isEmpty();
    assertThat(again.findByUscc(uscc('2', 2))).isEmpty();
  }

  @Test
  void a_role_given_up_can_be_taken_by_another_organization() {
    Organizations store = newStore();
    Organization hub = store.save(with(registered("org-1", COMMUNITY, 1), STREET, COMMUNITY));
    store.save(hub.withdrawHub(clock));
    Organization other = store.save(with(registered("org-2", FAR, 2), STREET, null));
    assertThat(reopen(store).hubOf(STREET)).contains(other);
    assertThat(reopen(store).federationOf(COMMUNITY).map(Organization::id)).contains(hub.id());
  }

  @Test
  void an_organization_may_keep_its_own_credit_code_and_roles_when_it_changes() {
    Organizations store = newStore();
    Organization v1 = store.save(with(registered("org-1", COMMUNITY, 1), STREET, COMMUNITY));
    Organization v2 = store.save(v1.suspend(clock));
    assertThat(v2.status()).isEqualTo(OrganizationStatus.SUSPENDED);
    assertThat(reopen(store).findByUscc(uscc('2', 1))).contains(v2);
  }

  // ------------------------------------------------------------------ outbox

  private static List<String> ids(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::eventId).toList();
  }

  @Test
  void a_save_writes_its_events_in_order_with_the_new_version_and_a_refused_one_writes_none() {
    WithOutbox<Organizations> w = newStoreWithOutbox();
    Organizations store = w.store();
    Organization created =
        Organization.create(
            OrganizationId.of("org-1"),
            NewOrganization.registered(
                "秦淮区为老服务中心", LegalForm.SOCIAL_SERVICE_AGENCY, COMMUNITY, uscc('2', 1), SINCE),
            clock);
    Organization v1 = store.save(created);
    List<OutboxEntry> first = w.outbox().read("relay", 100);
    assertThat(ids(first)).containsExactly("organization:org-1:1:0", "organization:org-1:1:1");
    assertThat(first)
        .extracting(OutboxEntry::eventType)
        .containsExactly("OrganizationRecorded", "OrganizationRegistered");
    assertThat(first).allSatisfy(e -> assertThat(e.aggregateVersion()).isEqualTo(1));
    assertThat(first.get(0).occurredAt()).isEqualTo(clock.instant());
    Organization v2 = store.save(v1.activate(clock));
    assertThatThrownBy(() -> store.save(v1.changeDomains(Set.of(ServiceDomain.YOUTH), clock)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> store.save(fresh("org-2", FAR, 1)))
        .satisfies(e -> assertCode(e, RegistryError.ORGANIZATION_USCC_DUPLICATE));
    assertThatThrownBy(() -> store.saveAll(List.of(created.storedAs(0))))
        .isInstanceOf(InvalidInputException.class);
    List<OutboxEntry> all = w.outbox().read("relay", 100);
    assertThat(ids(all))
        .containsExactly(
            "organization:org-1:1:0", "organization:org-1:1:1", "organization:org-1:2:0");
    assertThat(all.get(2).eventType()).isEqualTo("OrganizationStatusChanged");
    assertThat(all.get(2).aggregateVersion()).isEqualTo(v2.version());
    Organization imported =
        Organization.create(
            OrganizationId.of("org-3"),
            NewOrganization.registered(
                "鼓楼区志愿者协会", LegalForm.SOCIAL_GROUP, FAR, uscc('1', 3), SINCE),
            clock);
    store.saveAll(List.of(imported, fresh("org-4", FAR, 4)));
    assertThat(ids(w.outbox().read("relay", 100)))
        .endsWith("organization:org-3:1:0", "organization:org-3:1:1")
        .hasSize(5);
  }

  // ------------------------------------------------------------------ bulk

  @Test
  void save_all_stores_every_organization_keeping_its_version() {
    Organizations store = newStore();
    Organization a = fresh("org-a", COMMUNITY, 1).storedAs(4);
    Organization b = fresh("org-b", FAR, 2);
    store.saveAll(List.of(a, b));
    Organizations again = reopen(store);
    assertThat(again.find(a.id())).contains(a);
    assertThat(again.find(b.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(again.size()).isEqualTo(2);
  }

  @Test
  void save_all_is_all_or_none_and_lists_every_problem_by_index() {
    Organizations store = newStore();
    store.save(with(registered("org-0", COMMUNITY, 100), STREET, null));
    List<Organization> batch = new ArrayList<>();
    batch.add(fresh("org-a", COMMUNITY, 1)); // [0] fine
    batch.add(fresh("org-0", FAR, 2)); // [1] id stored
    batch.add(fresh("org-b", FAR, 100)); // [2] credit code stored
    batch.add(null); // [3] reported earlier
    batch.add(fresh("org-a", NEIGHBOUR, 3)); // [4] id twice in the batch
    batch.add(fresh("org-c", NEIGHBOUR, 1)); // [5] credit code twice in the batch
    batch.add(with(registered("org-d", FAR, 4), STREET, null)); // [6] hub stored
    batch.add(with(registered("org-e", FAR, 5), null, FAR)); // [7] fine
    batch.add(with(registered("org-f", FAR, 6), null, FAR)); // [8] federation twice
    Problems earlier =
        Problems.builder()
            .add("[3]", new RegistryException(RegistryError.ORGANIZATION_NAME_BLANK))
            .build();
    assertThatThrownBy(() -> store.saveAll(batch, earlier))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Map<String, Object> byPath = new TreeMap<>();
              for (Problem p : ((InvalidInputException) e).problems()) {
                byPath.put(p.path(), p.errorCode());
              }
              assertThat(byPath)
                  .containsEntry("[1]", RegistryError.ORGANIZATION_ID_DUPLICATE)
                  .containsEntry("[2]", RegistryError.ORGANIZATION_USCC_DUPLICATE)
                  .containsEntry("[3]", RegistryError.ORGANIZATION_NAME_BLANK)
                  .containsEntry("[4]", RegistryError.ORGANIZATION_ID_DUPLICATE)
                  .containsEntry("[5]", RegistryError.ORGANIZATION_USCC_DUPLICATE)
                  .containsEntry("[6]", RegistryError.ORGANIZATION_HUB_TAKEN)
                  .containsEntry("[8]", RegistryError.ORGANIZATION_FEDERATION_TAKEN)
                  .doesNotContainKeys("[0]", "[7]");
            });
    Organizations again = reopen(store);
    assertThat(again.size()).isEqualTo(1);
    assertThat(again.find(OrganizationId.of("org-a"))).isEmpty();
    assertThat(again.federationOf(FAR)).isEmpty();
  }

  @Test
  void save_all_with_earlier_problems_alone_stores_nothing() {
    Organizations store = newStore();
    List<Organization> batch = new ArrayList<>();
    batch.add(fresh("org-a", COMMUNITY, 1));
    batch.add(null);
    Problems earlier =
        Problems.builder()
            .add("[1]", new RegistryException(RegistryError.ORGANIZATION_NAME_BLANK))
            .build();
    assertThatThrownBy(() -> store.saveAll(batch, earlier))
        .isInstanceOf(InvalidInputException.class);
    assertThat(reopen(store).size()).isZero();
  }

  // ------------------------------------------------------------------ queries

  @Test
  void a_street_lists_its_organizations_by_street_then_id_in_pages() {
    Organizations store = newStore();
    List<Organization> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      DivisionCode home = i % 3 == 0 ? STREET : i % 3 == 1 ? COMMUNITY : NEIGHBOUR;
      all.add(fresh(String.format("org-%02d", 24 - i), home, i + 1));
    }
    all.add(fresh("org-far", FAR, 99));
    store.saveAll(all);
    Organizations again = reopen(store);
    OrganizationQuery street = OrganizationQuery.all().within(STREET);
    List<OrganizationId> expected =
        all.stream().filter(street::matches).map(Organization::id).sorted().toList();
    Page<Organization> first = again.query(street, PageRequest.first(10));
    Page<Organization> second = again.query(street, PageRequest.first(10).next());
    Page<Organization> third = again.query(street, PageRequest.first(10).next().next());
    assertThat(first.total()).isEqualTo(25);
    assertThat(first.hasNext()).isTrue();
    assertThat(third.hasNext()).isFalse();
    List<OrganizationId> ids = new ArrayList<>();
    for (Page<Organization> p : List.of(first, second, third)) {
      p.items().forEach(o -> ids.add(o.id()));
    }
    assertThat(ids).containsExactlyElementsOf(expected);
    assertThat(again.query(street, new PageRequest(30, 10)).items()).isEmpty();
  }

  @Test
  void counts_per_street_and_district_add_up_by_home_division() {
    Organizations store = newStore();
    store.saveAll(
        List.of(
            fresh("a", STREET, 1),
            fresh("b", COMMUNITY, 2),
            fresh("c", FAR, 3),
            fresh("d", DISTRICT, 4),
            fresh("e", OTHER_DISTRICT_COMMUNITY, 5),
            fresh("f", OTHER_PROVINCE_COMMUNITY, 6)));
    Organizations again = reopen(store);
    assertThat(again.countsPerStreet(DISTRICT))
        .containsExactly(Map.entry(STREET, 2L), Map.entry(OTHER_STREET, 1L));
    assertThat(again.countsPerStreet(STREET)).containsExactly(Map.entry(STREET, 2L));
    assertThat(again.countsPerDistrict(DivisionCode.parse("320100")))
        .containsExactly(Map.entry(DISTRICT, 4L), Map.entry(DivisionCode.parse("320107"), 1L));
    SortedMap<DivisionCode, Long> nation = again.countsPerDistrict(DivisionCode.parse("100000"));
    assertThat(nation.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    assertThat(again.countsPerDistrict(DivisionCode.parse("320000"))).hasSize(2);
  }

  @Test
  void the_grade_that_counts_is_the_latest_valid_on_the_day() {
    Organizations store = newStore();
    Organization o = rich("org-1"); // 4A 2021-2026, then 5A 2024-2029
    Organization low =
        Organization.restore(
            new OrganizationSnapshot(
                OrganizationId.of("org-2"),
                0,
                "低等级",
                LegalForm.SOCIAL_GROUP,
                OrganizationStatus.ACTIVE,
                FAR,
                uscc('1', 3),
                SINCE,
                null,
                null,
                null,
                List.of(
                    new GradeAward(
                        EvaluationGrade.FIVE_A,
                        950,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2025, 1, 1)),
                    new GradeAward(
                        EvaluationGrade.TWO_A,
                        620,
                        LocalDate.of(2022, 1, 1),
                        LocalDate.of(2027, 1, 1))),
                null,
                null,
                null,
                null,
                null,
                null));
    store.saveAll(List.of(o, low));
    Organizations again = reopen(store);
    LocalDate day = LocalDate.of(2023, 6, 1);
    assertThat(ids(again, OrganizationQuery.all().withGradeValidOn(day, EvaluationGrade.THREE_A)))
        .containsExactly(o.id());
    assertThat(ids(again, OrganizationQuery.all().withGradeValidOn(day, EvaluationGrade.ONE_A)))
        .containsExactlyInAnyOrder(o.id(), low.id());
    assertThat(
            ids(
                again,
                OrganizationQuery.all()
                    .withGradeValidOn(LocalDate.of(2029, 6, 1), EvaluationGrade.ONE_A)))
        .isEmpty();
    assertThat(
            ids(
                again,
                OrganizationQuery.all()
                    .withGradeValidOn(LocalDate.of(2029, 5, 31), EvaluationGrade.FIVE_A)))
        .containsExactly(o.id());
  }

  @Test
  void landed_organizations_are_found_by_open_landing_or_by_day() {
    Organizations store = newStore();
    Organization o = rich("org-1"); // NEIGHBOUR 2020-05-01..2022-05-01 and from 2023; FAR open
    store.save(o);
    Organizations again = reopen(store);
    assertThat(ids(again, OrganizationQuery.all().landedIn(NEIGHBOUR))).containsExactly(o.id());
    assertThat(ids(again, OrganizationQuery.all().landedIn(NEIGHBOUR, LocalDate.of(2022, 5, 1))))
        .isEmpty();
    assertThat(ids(again, OrganizationQuery.all().landedIn(NEIGHBOUR, LocalDate.of(2022, 4, 30))))
        .containsExactly(o.id());
    assertThat(ids(again, OrganizationQuery.all().landedIn(COMMUNITY))).isEmpty();
  }

  private static List<OrganizationId> ids(Organizations store, OrganizationQuery q) {
    return store.query(q, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
        .map(Organization::id)
        .toList();
  }

  /**
   * On seeded random registries, every query of a family of queries lists exactly the organizations
   * {@link OrganizationQuery#matches} accepts, in the stable order, with the right total, count and
   * pages.
   */
  @Test
  void random_registries_answer_every_query_as_the_query_itself_decides() {
    long seed = new SplittableRandom().nextLong();
    System.out.println("OrganizationsContract random registries, seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Organizations store = newStore();
    List<Organization> all = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      all.add(randomOrganization(random, i));
    }
    store.saveAll(all);
    Organizations again = reopen(store);
    List<Organization> stored = new ArrayList<>();
    for (Organization o : all) {
      stored.add(o.storedAs(1));
    }
    for (int q = 0; q < 40; q++) {
      OrganizationQuery query = randomQuery(random);
      Comparator<Organization> order =
          query.landedIn() != null
              ? Comparator.comparing(Organization::id)
              : Comparator.comparing((Organization o) -> areaKey(o.division()))
                  .thenComparing(Organization::id);
      List<Organization> expected = stored.stream().filter(query::matches).sorted(order).toList();
      String why = "seed " + seed + ", query " + query;
      Page<Organization> page = again.query(query, PageRequest.first(PageRequest.MAX_LIMIT));
      assertThat(page.items()).as(why).containsExactlyElementsOf(expected);
      assertThat(page.total()).as(why).isEqualTo(expected.size());
      assertThat(again.count(query)).as(why).isEqualTo(expected.size());
      int offset = random.nextInt(5);
      int limit = 1 + random.nextInt(7);
      Page<Organization> slice = again.query(query, new PageRequest(offset, limit));
      List<Organization> expectedSlice =
          expected.subList(
              Math.min(offset, expected.size()), Math.min(offset + limit, expected.size()));
      assertThat(slice.items()).as(why).containsExactlyElementsOf(expectedSlice);
      assertThat(slice.total()).as(why).isEqualTo(expected.size());
    }
    assertThat(again.size()).isEqualTo(all.size());
  }

  private static String areaKey(DivisionCode d) {
    String v = d.value();
    return v.length() > 9 ? v.substring(0, 9) : v;
  }

  private OrganizationQuery randomQuery(SplittableRandom r) {
    OrganizationQuery q = OrganizationQuery.all();
    if (r.nextInt(3) == 0) {
      List<DivisionCode> roots = new ArrayList<>(HOMES);
      roots.add(DivisionCode.parse("100000"));
      roots.add(DivisionCode.parse("320000"));
      roots.add(DivisionCode.parse("320100"));
      q = q.within(roots.get(r.nextInt(roots.size())));
    }
    if (r.nextInt(4) == 0) {
      q = q.withLegalForm(LegalForm.values()[r.nextInt(LegalForm.values().length)]);
    }
    if (r.nextInt(4) == 0) {
      q = q.withDomain(ServiceDomain.presets().get(r.nextInt(ServiceDomain.presets().size())));
    }
    if (r.nextInt(4) == 0) {
      q = q.withStatus(OrganizationStatus.values()[r.nextInt(OrganizationStatus.values().length)]);
    }
    if (r.nextInt(3) == 0) {
      q =
          q.withGradeValidOn(
              LocalDate.of(2018 + r.nextInt(12), 1 + r.nextInt(12), 1),
              EvaluationGrade.values()[r.nextInt(5)]);
    }
    if (r.nextInt(3) == 0) {
      DivisionCode c = COMMUNITIES.get(r.nextInt(COMMUNITIES.size()));
      q =
          r.nextBoolean()
              ? q.landedIn(c)
              : q.landedIn(c, LocalDate.of(2018 + r.nextInt(9), 1 + r.nextInt(12), 1));
    }
    return q;
  }

  private static Organization randomOrganization(SplittableRandom r, int n) {
    String id = "r" + Integer.toString(r.nextInt(1_000_000), 36) + "-" + n;
    DivisionCode home = HOMES.get(r.nextInt(HOMES.size()));
    LegalForm form = LegalForm.values()[r.nextInt(LegalForm.values().length)];
    OrganizationStatus status;
    UnifiedSocialCreditCode code = null;
    LocalDate registeredOn = null;
    DivisionCode filingDivision = null;
    LocalDate filedOn = null;
    int standing = r.nextInt(3);
    if (form == LegalForm.COMMUNITY_SOCIAL_ORGANIZATION && standing == 1) {
      filingDivision = STREET;
      filedOn = SINCE;
      status = r.nextBoolean() ? OrganizationStatus.FILED : OrganizationStatus.ACTIVE;
    } else if (standing == 0) {
      status = r.nextBoolean() ? OrganizationStatus.INCUBATING : OrganizationStatus.DEREGISTERED;
    } else {
      char category =
          switch (form) {
            case SOCIAL_GROUP, COMMUNITY_SOCIAL_ORGANIZATION -> '1';
            case SOCIAL_SERVICE_AGENCY -> '2';
            case FOUNDATION -> '3';
          };
      code = uscc(category, 10_000L + n);
      registeredOn = SINCE.plusDays(r.nextInt(300));
      OrganizationStatus[] registered = {
        OrganizationStatus.REGISTERED,
        OrganizationStatus.ACTIVE,
        OrganizationStatus.SUSPENDED,
        OrganizationStatus.REVOKED,
        OrganizationStatus.DEREGISTERED
      };
      status = registered[r.nextInt(registered.length)];
    }
    List<GradeAward> grades = new ArrayList<>();
    LocalDate awarded = LocalDate.of(2016 + r.nextInt(3), 1 + r.nextInt(12), 1);
    for (int g = r.nextInt(4); g > 0; g--) {
      grades.add(
          new GradeAward(
              EvaluationGrade.values()[r.nextInt(5)],
              r.nextInt(1001),
              awarded,
              awarded.plusYears(5)));
      awarded = awarded.plusMonths(r.nextInt(40));
    }
    List<Landing> landings = new ArrayList<>();
    Set<DivisionCode> open = new HashSet<>();
    for (int l = r.nextInt(4); l > 0; l--) {
      DivisionCode c = COMMUNITIES.get(r.nextInt(COMMUNITIES.size()));
      LocalDate from = LocalDate.of(2018 + r.nextInt(6), 1 + r.nextInt(12), 1);
      if (r.nextBoolean() && open.add(c)) {
        landings.add(new Landing(c, from, null));
      } else {
        landings.add(new Landing(c, from, from.plusMonths(1 + r.nextInt(30))));
      }
    }
    Set<ServiceDomain> domains = new TreeSet<>();
    for (ServiceDomain sd : ServiceDomain.presets()) {
      if (r.nextInt(4) == 0) {
        domains.add(sd);
      }
    }
    List<AnnualReport> reports = new ArrayList<>();
    for (int y = 2019 + r.nextInt(3); y < 2025 && r.nextBoolean(); y++) {
      reports.add(new AnnualReport(Year.of(y), LocalDate.of(y + 1, 3, 31)));
    }
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(id),
            0,
            "随机组织 " + n,
            form,
            status,
            home,
            code,
            registeredOn,
            filingDivision,
            filedOn,
            reports,
            grades,
            null,
            null,
            r.nextInt(5) == 0 ? List.of(OrganizationId.of("fed-" + r.nextInt(3))) : List.of(),
            landings,
            domains,
            new CertifiedWorkers(r.nextInt(5), r.nextInt(3), r.nextInt(2))));
  }
}
