package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.CoreError;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.organization.ServiceDomainCatalogue;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/**
 * Open service domains in the registry tables (issue 17): integrator-defined domains are stored,
 * read back after a restart and found by a query; a database written at schema version 3 (domains
 * as a bit mask) reads back the same domains after the upgrade to version 4; any set of catalogue
 * domains round-trips unchanged; a reader on one server never sees another server's domains torn
 * from their version; broken rows are a coded error naming the column.
 */
class OpenDomainsTablesTest {

  private static final ServiceDomain CANTEEN = ServiceDomain.of("ELDERLY_CANTEEN");
  private static final ServiceDomain PROPERTY = ServiceDomain.of("property-disputes");
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(1);

  private final MutableClock clock = DistrictFixture.clock();
  private final SansheJdbc jdbc = Registries.freshTables();
  private final JdbcOrganizations one = JdbcOrganizations.open(jdbc);
  private final JdbcOrganizations two = JdbcOrganizations.open(Registries.secondServer(jdbc));

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  private static Organization organization(int n, long version, Set<ServiceDomain> domains) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(String.format("org-%03d", n)),
            version,
            "社会组织 " + n,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            n % 2 == 0 ? DistrictFixture.COMMUNITY : DistrictFixture.FAR_COMMUNITY,
            SyntheticIdentifiers.civilAffairsUscc('2', DistrictFixture.DISTRICT, n + 1),
            LocalDate.of(2020, 1, 6),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            domains,
            null,
            null));
  }

  /** The catalogue of the property test: the presets and twenty codes of the integrator's own. */
  private static List<ServiceDomain> catalogue() {
    List<ServiceDomain> all = new ArrayList<>(ServiceDomain.presets());
    for (int i = 0; i < 20; i++) {
      all.add(ServiceDomain.of((i % 2 == 0 ? "own-" : "Own_") + i));
    }
    all.add(ServiceDomain.of("z" + "9".repeat(ServiceDomain.MAX_CODE - 1)));
    return all;
  }

  private static Set<ServiceDomain> randomDomains(
      SplittableRandom random, List<ServiceDomain> from) {
    Set<ServiceDomain> out = new TreeSet<>();
    int n = random.nextInt(Organization.MAX_DOMAINS + 1);
    while (out.size() < n) {
      out.add(from.get(random.nextInt(from.size())));
    }
    return out;
  }

  @Test
  void an_integrator_defined_domain_is_stored_read_after_a_restart_and_found_by_a_query() {
    one.save(organization(1, 0, Set.of(CANTEEN, ServiceDomain.YOUTH)));
    one.save(organization(2, 0, Set.of(PROPERTY)));
    one.save(organization(3, 0, Set.of()));

    JdbcOrganizations restarted = JdbcOrganizations.open(Registries.secondServer(jdbc));
    assertThat(restarted.find(OrganizationId.of("org-001")).orElseThrow().domains())
        .containsExactly(CANTEEN, ServiceDomain.YOUTH);
    assertThat(restarted.find(OrganizationId.of("org-002")).orElseThrow().domains())
        .containsExactly(PROPERTY);
    assertThat(restarted.find(OrganizationId.of("org-003")).orElseThrow().domains()).isEmpty();

    OrganizationQuery canteen = OrganizationQuery.all().withDomain(CANTEEN);
    assertThat(restarted.count(canteen)).isEqualTo(1);
    assertThat(restarted.query(canteen, PageRequest.first(10)).items())
        .extracting(Organization::id)
        .containsExactly(OrganizationId.of("org-001"));

    Organization o1 = restarted.find(OrganizationId.of("org-001")).orElseThrow();
    restarted.save(o1.changeDomains(Set.of(PROPERTY), clock));
    assertThat(one.count(canteen)).isZero();
    assertThat(
            one.query(
                    OrganizationQuery.all().within(DistrictFixture.DISTRICT).withDomain(PROPERTY),
                    PageRequest.first(10))
                .items())
        .extracting(o -> o.id().value())
        .containsExactlyInAnyOrder("org-001", "org-002");
    assertThat(one.count(OrganizationQuery.all().withDomain(ServiceDomain.YOUTH))).isZero();
  }

  @Test
  void the_registry_over_the_tables_refuses_an_unlisted_domain_and_changes_nothing() {
    Divisions divisions = DistrictFixture.divisions();
    OrganizationRegistry registry =
        OrganizationRegistry.builder(one, divisions)
            .clock(clock)
            .domains(ServiceDomainCatalogue.presets().with(CANTEEN, "老年助餐", "Elderly canteen"))
            .build();
    Organization saved = one.save(organization(1, 0, Set.of(ServiceDomain.HEALTH)));

    assertThatThrownBy(() -> registry.changeDomains(saved.id(), Set.of(CANTEEN, PROPERTY)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreError.CATALOGUE_ENTRY_UNKNOWN);
              assertThat(e.getMessage()).doesNotContain("property");
            });
    assertThat(two.find(saved.id())).contains(saved);

    Organization changed = registry.changeDomains(saved.id(), Set.of(CANTEEN));
    assertThat(two.find(saved.id())).contains(changed);
    assertThat(changed.domains()).containsExactly(CANTEEN);
  }

  @Test
  void any_set_of_catalogue_domains_round_trips_through_the_tables_unchanged() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceDomain> catalogue = catalogue();
    List<Organization> saved = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      saved.add(one.save(organization(n, 0, randomDomains(random, catalogue))));
    }
    for (int round = 0; round < 36; round++) {
      int i = random.nextInt(saved.size());
      Organization next =
          one.save(saved.get(i).changeDomains(randomDomains(random, catalogue), clock));
      saved.set(i, next);
    }
    for (Organization o : saved) {
      Organization read = two.find(o.id()).orElseThrow();
      assertThat(new ArrayList<>(read.domains()))
          .as("seed %d", seed)
          .isEqualTo(new ArrayList<>(new TreeSet<>(o.domains())));
      assertThat(read).as("seed %d", seed).isEqualTo(o);
    }
    for (ServiceDomain d : catalogue) {
      long expected = saved.stream().filter(o -> o.serves(d)).count();
      assertThat(two.count(OrganizationQuery.all().withDomain(d)))
          .as("seed %d, domain %s", seed, d)
          .isEqualTo(expected);
    }
  }

  @Test
  void a_database_written_at_version_3_reads_back_the_same_domains_after_the_upgrade()
      throws Exception {
    List<Organization> all = new ArrayList<>();
    List<ServiceDomain> presets = ServiceDomain.presets();
    for (int n = 0; n < 12; n++) {
      Set<ServiceDomain> domains = new TreeSet<>();
      for (int bit = 0; bit < presets.size(); bit++) {
        if (((n * 397 + 5) >> bit & 1) == 1) {
          domains.add(presets.get(bit));
        }
      }
      all.add(organization(n, 1 + n, n == 0 ? Set.of() : domains));
    }
    all.add(organization(20, 1, Set.of(ServiceDomain.ELDERLY_CARE, ServiceDomain.HEALTH)));
    one.saveAll(all);

    SansheJdbc old =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    Migrator.of(old)
        .migrate(
            Schema.of(
                "registry",
                JdbcOrganizations.class.getClassLoader(),
                "META-INF/sanshe/schema/registry",
                List.of("V1__registry.sql", "V2__records.sql", "V3__street_landings.sql")));
    old.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            // the rows version 3 wrote: the same main row without the codes, the domain rows
            s.execute(
                "INSERT INTO "
                    + old.table("reg_org")
                    + " ("
                    + StreetListingTest.VERSION_2_ORG_COLUMNS
                    + ") SELECT "
                    + StreetListingTest.VERSION_2_ORG_COLUMNS
                    + " FROM "
                    + jdbc.table("reg_org"));
            s.execute(
                "INSERT INTO "
                    + old.table("reg_org_domain")
                    + " SELECT * FROM "
                    + jdbc.table("reg_org_domain"));
          }
          return null;
        });
    int mask =
        old.read(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT domain_mask FROM " + old.table("reg_org") + " WHERE org_id = ?")) {
                s.setString(1, "org-020");
                try (ResultSet r = s.executeQuery()) {
                  r.next();
                  return r.getInt(1);
                }
              }
            });
    assertThat(mask).as("bit = the former enum's ordinal").isEqualTo(1 | 1 << 10);

    JdbcOrganizations.migrate(old);

    JdbcOrganizations upgraded = JdbcOrganizations.open(old);
    for (Organization o : all) {
      Organization read = upgraded.find(o.id()).orElseThrow();
      assertThat(read).isEqualTo(one.find(o.id()).orElseThrow());
      assertThat(read.domains()).isEqualTo(o.domains());
    }
    for (ServiceDomain d : presets) {
      assertThat(upgraded.count(OrganizationQuery.all().withDomain(d)))
          .isEqualTo(all.stream().filter(o -> o.serves(d)).count());
    }
    Organization first = upgraded.find(OrganizationId.of("org-020")).orElseThrow();
    Organization rewritten = upgraded.save(first.changeDomains(Set.of(CANTEEN), clock));
    assertThat(JdbcOrganizations.open(old).find(first.id())).contains(rewritten);
  }

  @Test
  void a_reader_on_one_server_never_sees_domains_torn_from_the_version_another_server_wrote()
      throws Exception {
    Organization saved = one.save(organization(1, 0, domainsOf(1)));
    Future<Integer> writer =
        THREADS.submit(
            () -> {
              int writes = 0;
              for (int i = 0; i < 40; i++) {
                Organization current = two.find(saved.id()).orElseThrow();
                two.save(current.changeDomains(domainsOf(current.version() + 1), clock));
                writes++;
              }
              return writes;
            });
    int reads = 0;
    while (!writer.isDone() || reads == 0) {
      Organization read = one.find(saved.id()).orElseThrow();
      assertThat(read.domains()).isEqualTo(domainsOf(read.version()));
      reads++;
    }
    assertThat(writer.get(60, TimeUnit.SECONDS)).isEqualTo(40);
    assertThat(one.find(saved.id()).orElseThrow().version()).isEqualTo(41);
  }

  /** A set of domains that tells the version that wrote it. */
  private static Set<ServiceDomain> domainsOf(long version) {
    Set<ServiceDomain> out = new TreeSet<>();
    out.add(ServiceDomain.of("v" + version));
    out.add(ServiceDomain.presets().get((int) (version % ServiceDomain.presets().size())));
    if (version % 3 == 0) {
      out.add(CANTEEN);
    }
    return out;
  }

  @Test
  void a_row_another_program_broke_is_a_coded_error_naming_the_column() {
    Organization saved = one.save(organization(1, 0, Set.of(CANTEEN, ServiceDomain.YOUTH)));
    for (String[] broken :
        new String[][] {
          {"domain_codes", "'YOUTH,ELDERLY_CANTEEN'"},
          {"domain_codes", "'ELDERLY_CANTEEN,,YOUTH'"},
          {"domain_codes", "'ELDERLY CANTEEN'"},
          {"domain_mask", "0"},
          {"domain_mask", "4096"},
        }) {
      jdbc.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "UPDATE "
                      + jdbc.table("reg_org")
                      + " SET domain_codes = 'ELDERLY_CANTEEN,YOUTH', domain_mask = 2");
              s.executeUpdate(
                  "UPDATE " + jdbc.table("reg_org") + " SET " + broken[0] + " = " + broken[1]);
            }
            return null;
          });
      assertThatThrownBy(() -> two.find(saved.id()))
          .as(broken[0] + " = " + broken[1])
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID);
                assertThat(e.getMessage()).contains(broken[0]).doesNotContain("CANTEEN");
              });
    }
  }
}
