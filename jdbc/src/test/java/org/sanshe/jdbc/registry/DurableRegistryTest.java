package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.UnifiedSocialCreditCode;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectDraft;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.worker.CertificateNumber;
import org.sanshe.core.registry.worker.QualificationLevel;
import org.sanshe.core.registry.worker.SocialWorker;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/**
 * The registry on PostgreSQL with several servers and outages: two servers (two data sources, two
 * threads) saving the same organization, credit code, hub street, worker or project at the same
 * moment get one success and one coded refusal, never a lost update or a raw database error; a
 * stopped database is a coded unavailable error that changes nothing; rows another program broke
 * are a coded error; open refuses tables that are missing.
 */
class DurableRegistryTest {

  private static final int ROUNDS = 12;
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

  private final MutableClock clock = DistrictFixture.clock();
  private final SansheJdbc jdbc = Registries.freshTables();
  private final JdbcOrganizations one = JdbcOrganizations.open(jdbc);
  private final JdbcOrganizations two = JdbcOrganizations.open(Registries.secondServer(jdbc));

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  private static UnifiedSocialCreditCode uscc(long n) {
    return SyntheticIdentifiers.civilAffairsUscc('2', DistrictFixture.DISTRICT, n);
  }

  private static Organization organization(String id, long usccNo, DivisionCode hubOf) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(id),
            0,
            "社会组织 " + id,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            DistrictFixture.COMMUNITY,
            uscc(usccNo),
            LocalDate.of(2020, 1, 6),
            null,
            null,
            null,
            null,
            hubOf,
            null,
            null,
            null,
            null,
            null));
  }

  /** Runs two calls at the same moment on two threads; each result is a value or the exception. */
  private static List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    Future<Object> fa = THREADS.submit(() -> attempt(start, a));
    Future<Object> fb = THREADS.submit(() -> attempt(start, b));
    return List.of(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
  }

  private static Object attempt(CyclicBarrier start, Callable<?> call) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      return call.call();
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** Checks one success and one refusal with the code; returns the success. */
  @SuppressWarnings("unchecked")
  private static <T> T oneWinsOneRefused(List<Object> results, Enum<?> code, Class<?> type) {
    List<Object> successes = new ArrayList<>();
    List<Object> failures = new ArrayList<>();
    for (Object r : results) {
      (r instanceof Throwable ? failures : successes).add(r);
    }
    assertThat(successes).as("results %s", results).hasSize(1);
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).isInstanceOf(type);
    assertThat(((SansheException) failures.get(0)).errorCode()).isEqualTo(code);
    return (T) successes.get(0);
  }

  @Test
  void two_servers_changing_one_organization_at_once_give_one_success_and_one_stale_version()
      throws Exception {
    Organization current = one.save(organization("org-1", 1, null));
    for (int round = 0; round < ROUNDS; round++) {
      Organization mine = one.find(current.id()).orElseThrow();
      Organization theirs = two.find(current.id()).orElseThrow();
      Organization a = mine.changeDomains(Set.of(ServiceDomain.YOUTH), clock);
      Organization b = theirs.changeDomains(Set.of(ServiceDomain.HEALTH), clock);
      Organization won =
          oneWinsOneRefused(
              race(() -> one.save(a), () -> two.save(b)),
              RegistryError.ORGANIZATION_VERSION_CONFLICT,
              StaleVersionException.class);
      assertThat(won.version()).isEqualTo(current.version() + 1);
      assertThat(one.find(current.id())).contains(won);
      current = won;
    }
  }

  @Test
  void two_servers_registering_one_credit_code_at_once_give_one_success_and_one_duplicate()
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Organization a = organization("a-" + round, 100 + round, null);
      Organization b = organization("b-" + round, 100 + round, null);
      Organization won =
          oneWinsOneRefused(
              race(() -> one.save(a), () -> two.save(b)),
              RegistryError.ORGANIZATION_USCC_DUPLICATE,
              RegistryException.class);
      assertThat(two.findByUscc(uscc(100 + round))).contains(won);
    }
    assertThat(one.size()).isEqualTo(ROUNDS);
  }

  @Test
  void two_servers_taking_one_hub_street_at_once_give_one_success_and_one_refusal()
      throws Exception {
    List<DivisionCode> streets = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      streets.add(DivisionCode.parse(String.format("320106%03d", 10 + round)));
    }
    for (int round = 0; round < ROUNDS; round++) {
      DivisionCode street = streets.get(round);
      Organization a = organization("ha-" + round, 200 + 2 * round, street);
      Organization b = organization("hb-" + round, 201 + 2 * round, street);
      Organization won =
          oneWinsOneRefused(
              race(() -> one.save(a), () -> two.save(b)),
              RegistryError.ORGANIZATION_HUB_TAKEN,
              RegistryException.class);
      assertThat(one.hubOf(street)).contains(won);
    }
  }

  @Test
  void two_servers_importing_overlapping_batches_store_one_and_list_the_other_problems()
      throws Exception {
    List<Organization> a = List.of(organization("x-1", 300, null), organization("x-2", 301, null));
    List<Organization> b = List.of(organization("y-1", 302, null), organization("x-2", 303, null));
    List<Object> results =
        race(
            () -> {
              one.saveAll(a);
              return "a";
            },
            () -> {
              two.saveAll(b);
              return "b";
            });
    List<Object> failures = results.stream().filter(r -> r instanceof Throwable).toList();
    assertThat(failures).as("results %s", results).hasSize(1);
    assertThat(failures.get(0)).isInstanceOf(org.sanshe.core.error.InvalidInputException.class);
    assertThat(one.size()).isEqualTo(2);
    assertThat(one.find(OrganizationId.of("y-1")).isPresent()).isEqualTo(results.contains("b"));
  }

  @Test
  void two_servers_changing_one_worker_or_project_at_once_give_one_stale_version()
      throws Exception {
    JdbcSocialWorkers workers1 = JdbcSocialWorkers.open(jdbc);
    JdbcSocialWorkers workers2 = JdbcSocialWorkers.open(Registries.secondServer(jdbc));
    SocialWorker w =
        workers1.save(
            SocialWorker.record(
                new SocialWorkerId("w-1"),
                "王芳",
                QualificationLevel.ASSISTANT,
                new CertificateNumber("ZL2020001"),
                clock));
    oneWinsOneRefused(
        race(
            () -> workers1.save(w.employ(OrganizationId.of("org-a"), clock)),
            () -> workers2.save(w.employ(OrganizationId.of("org-b"), clock))),
        RegistryError.WORKER_VERSION_CONFLICT,
        StaleVersionException.class);
    oneWinsOneRefused(
        race(
            () ->
                workers1.save(
                    SocialWorker.record(
                        new SocialWorkerId("w-2"),
                        "李娜",
                        QualificationLevel.ASSISTANT,
                        new CertificateNumber("ZL2020002"),
                        clock)),
            () ->
                workers2.save(
                    SocialWorker.record(
                        new SocialWorkerId("w-3"),
                        "张伟",
                        QualificationLevel.ASSISTANT,
                        new CertificateNumber("ZL2020002"),
                        clock))),
        RegistryError.WORKER_CERTIFICATE_DUPLICATE,
        RegistryException.class);
    JdbcProjects projects1 = JdbcProjects.open(jdbc);
    JdbcProjects projects2 = JdbcProjects.open(Registries.secondServer(jdbc));
    Project p =
        projects1.save(
            Project.draft(
                ProjectDraft.of(new ProjectId("p-1"), "长者食堂", OrganizationId.of("org-a"))
                    .hostedBy(List.of(DistrictFixture.COMMUNITY))
                    .answering(List.of(new NeedId("n-1"))),
                clock));
    oneWinsOneRefused(
        race(() -> projects1.save(p.submit(clock)), () -> projects2.save(p.submit(clock))),
        RegistryError.PROJECT_VERSION_CONFLICT,
        StaleVersionException.class);
    Project q =
        Project.draft(
            ProjectDraft.of(new ProjectId("p-2"), "四点半课堂", OrganizationId.of("org-a"))
                .hostedBy(List.of(DistrictFixture.COMMUNITY))
                .answering(List.of()),
            clock);
    oneWinsOneRefused(
        race(() -> projects1.save(q), () -> projects2.save(q)),
        RegistryError.PROJECT_VERSION_CONFLICT,
        StaleVersionException.class);
    assertThat(projects2.find(p.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_reader_on_another_server_never_sees_a_torn_organization_while_one_is_saved()
      throws Exception {
    Organization current = one.save(organization("org-1", 1, null));
    java.util.concurrent.ConcurrentHashMap<Long, Organization> saved =
        new java.util.concurrent.ConcurrentHashMap<>();
    saved.put(current.version(), current);
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Future<List<Organization>> reads =
        THREADS.submit(
            () -> {
              List<Organization> seen = new ArrayList<>();
              while (writing.get()) {
                seen.add(two.find(OrganizationId.of("org-1")).orElseThrow());
                seen.addAll(
                    two.query(
                            org.sanshe.core.registry.organization.OrganizationQuery.all()
                                .within(DistrictFixture.STREET),
                            org.sanshe.core.registry.PageRequest.first(10))
                        .items());
              }
              return seen;
            });
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int k = 0; k < 60; k++) {
      Organization next =
          k % 2 == 0
              ? current.landIn(DistrictFixture.COMMUNITY, day, clock)
              : current.leave(DistrictFixture.COMMUNITY, day.plusDays(1), clock);
      day = day.plusDays(3);
      current = one.save(next);
      saved.put(current.version(), current);
    }
    writing.set(false);
    List<Organization> seen = reads.get(60, TimeUnit.SECONDS);
    assertThat(seen).isNotEmpty();
    for (Organization o : seen) {
      assertThat(o).isEqualTo(saved.get(o.version()));
    }
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    Organization saved = one.save(organization("org-1", 1, null));
    Organization changed = saved.suspend(clock);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> one.save(changed))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue())
          .hasMessageNotContaining("org-1");
      assertThatThrownBy(() -> one.save(organization("org-2", 2, null)))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> one.find(saved.id()))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    assertThat(one.find(saved.id())).contains(saved);
    assertThat(one.find(OrganizationId.of("org-2"))).isEmpty();
    assertThat(one.save(changed).status()).isEqualTo(OrganizationStatus.SUSPENDED);
    assertThat(two.find(saved.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_row_another_program_broke_is_a_coded_error_naming_the_column_not_the_value() {
    one.save(organization("org-1", 1, null));
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE " + jdbc.table("reg_org") + " SET status = 'BOGUS' WHERE org_id = ?")) {
            s.setString(1, "org-1");
            return s.executeUpdate();
          }
        });
    assertThatThrownBy(() -> one.find(OrganizationId.of("org-1")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID))
        .hasMessageContaining("status")
        .hasMessageNotContaining("BOGUS");
  }

  @Test
  void a_database_failure_after_the_row_is_written_leaves_neither_the_change_nor_its_events() {
    SansheJdbc tables = Registries.freshTablesWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(tables);
    JdbcOrganizations store = JdbcOrganizations.open(tables, outbox);
    Organization v1 =
        store.save(
            store
                .save(organization("org-1", 1, null))
                .changeDomains(Set.of(ServiceDomain.HEALTH), clock));
    assertThat(outbox.read("relay", 10)).hasSize(1);
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "ALTER TABLE " + tables.table("outbox") + " RENAME TO " + tables.table("gone"))) {
            return s.executeUpdate();
          }
        });
    try {
      assertThatThrownBy(() -> store.save(v1.suspend(clock)))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_FAILURE));
      assertThatThrownBy(
              () ->
                  store.save(
                      organization("org-2", 2, null)
                          .changeDomains(Set.of(ServiceDomain.YOUTH), clock)))
          .isInstanceOf(JdbcException.class);
    } finally {
      jdbc.inTransaction(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "ALTER TABLE "
                        + tables.table("gone")
                        + " RENAME TO "
                        + tables.table("outbox"))) {
              return s.executeUpdate();
            }
          });
    }
    JdbcOrganizations again = JdbcOrganizations.open(Registries.secondServer(tables));
    assertThat(again.find(v1.id())).contains(v1);
    assertThat(again.find(OrganizationId.of("org-2"))).isEmpty();
    assertThat(outbox.read("relay", 10)).hasSize(1);
    store.save(v1.suspend(clock));
    assertThat(outbox.read("relay", 10))
        .extracting(e -> e.aggregateVersion())
        .containsExactly(2L, 3L);
  }

  @Test
  void open_refuses_tables_that_were_never_created() {
    SansheJdbc empty =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    for (Callable<?> open :
        List.<Callable<?>>of(
            () -> JdbcOrganizations.open(empty),
            () -> JdbcSocialWorkers.open(empty),
            () -> JdbcProjects.open(empty))) {
      assertThatThrownBy(open::call)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING));
    }
  }

  @Test
  void a_name_the_domain_refuses_never_reaches_the_database_and_the_longest_one_round_trips() {
    String longest = "社".repeat(150) + "\uD83C\uDFE0".repeat(50); // 200 code points, 250 chars
    Organization o =
        Organization.restore(
            new OrganizationSnapshot(
                OrganizationId.of("组织-\uD83C\uDFE0-" + "x".repeat(54)),
                0,
                longest,
                LegalForm.SOCIAL_SERVICE_AGENCY,
                OrganizationStatus.ACTIVE,
                DistrictFixture.COMMUNITY,
                uscc(9),
                LocalDate.of(2020, 1, 6),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    Organization saved = one.save(o);
    assertThat(two.find(o.id())).contains(saved);
    assertThat(two.find(o.id()).orElseThrow().name()).isEqualTo(longest);
    for (String bad : List.of("社".repeat(201), "名\u0000称", "名\uD800称")) {
      assertThatThrownBy(() -> one.save(named(bad)))
          .isInstanceOfSatisfying(
              SansheException.class, e -> assertThat(e.errorCode().code()).startsWith("TEXT_"))
          .hasMessageNotContaining(bad);
    }
    assertThat(one.size()).isEqualTo(1);
  }

  private static Organization named(String name) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of("org-bad"),
            0,
            name,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            DistrictFixture.COMMUNITY,
            uscc(10),
            LocalDate.of(2020, 1, 6),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
  }
}
