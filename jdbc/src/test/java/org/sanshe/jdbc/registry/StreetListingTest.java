package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.PageRequest;
import org.sanshe.core.registry.organization.Landing;
import org.sanshe.core.registry.organization.LegalForm;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationQuery;
import org.sanshe.core.registry.organization.OrganizationSnapshot;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.fixture.DistrictFixture;
import org.sanshe.testkit.generator.SyntheticIdentifiers;

/**
 * Street listings read their landings from the landing index by street (registry schema version 3):
 * rows written before version 3 get their street and version on upgrade, and a listing on one
 * server while another rewrites landings and moves organizations between streets never shows a torn
 * organization and ends equal to what was saved.
 */
class StreetListingTest {

  private static final ExecutorService THREADS = Executors.newFixedThreadPool(1);

  private static final List<DivisionCode> HOMES =
      List.of(DistrictFixture.COMMUNITY, DistrictFixture.FAR_COMMUNITY);

  private static final List<DivisionCode> COMMUNITIES =
      List.of(
          DistrictFixture.COMMUNITY,
          DistrictFixture.NEIGHBOUR_COMMUNITY,
          DistrictFixture.FAR_COMMUNITY,
          DistrictFixture.OTHER_FAR_COMMUNITY);

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  private static Organization organization(
      int n, long version, DivisionCode home, List<Landing> landings) {
    return Organization.restore(
        new OrganizationSnapshot(
            OrganizationId.of(String.format("org-%03d", n)),
            version,
            "社会组织 " + n,
            LegalForm.SOCIAL_SERVICE_AGENCY,
            OrganizationStatus.ACTIVE,
            home,
            SyntheticIdentifiers.civilAffairsUscc('2', DistrictFixture.DISTRICT, n + 1),
            LocalDate.of(2020, 1, 6),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            landings,
            null,
            null));
  }

  /** Up to four landings, each in its own community, some of them ended. */
  private static List<Landing> landings(SplittableRandom random) {
    List<Landing> list = new ArrayList<>();
    for (DivisionCode c : COMMUNITIES) {
      if (random.nextInt(3) == 0) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
        list.add(new Landing(c, from, random.nextBoolean() ? null : from.plusDays(30)));
      }
    }
    return list;
  }

  private static List<Organization> listing(JdbcOrganizations store, DivisionCode within) {
    return store.query(OrganizationQuery.all().within(within), PageRequest.first(100)).items();
  }

  private static List<Organization> expected(Map<String, Organization> latest, DivisionCode in) {
    String prefix = in.value();
    return latest.values().stream()
        .filter(o -> o.division().value().startsWith(prefix))
        .sorted(
            Comparator.comparing((Organization o) -> o.division().value().substring(0, 9))
                .thenComparing(o -> o.id().value()))
        .toList();
  }

  @Test
  void a_listing_on_one_server_while_another_rewrites_landings_and_streets_is_never_torn()
      throws Exception {
    long seed = new SplittableRandom().nextLong();
    System.out.println("StreetListingTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    SansheJdbc jdbc = Registries.freshTables();
    JdbcOrganizations one = JdbcOrganizations.open(jdbc);
    JdbcOrganizations two = JdbcOrganizations.open(Registries.secondServer(jdbc));
    Map<String, Organization> latest = new ConcurrentHashMap<>();
    Map<String, Organization> saved = new ConcurrentHashMap<>();
    List<Organization> first = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      first.add(organization(n, 1, HOMES.get(n % 2), landings(random)));
    }
    one.saveAll(first);
    for (Organization o : first) {
      latest.put(o.id().value(), o);
      saved.put(o.id().value() + "@" + o.version(), o);
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<List<Organization>> reads =
        THREADS.submit(
            () -> {
              List<Organization> seen = new ArrayList<>();
              while (writing.get()) {
                seen.addAll(listing(two, DistrictFixture.STREET));
                seen.addAll(listing(two, DistrictFixture.OTHER_STREET));
                seen.addAll(listing(two, DistrictFixture.DISTRICT));
              }
              return seen;
            });
    try {
      for (int k = 0; k < 80; k++) {
        int n = random.nextInt(first.size());
        Organization current = latest.get(String.format("org-%03d", n));
        DivisionCode home =
            random.nextInt(4) == 0 ? HOMES.get(random.nextInt(2)) : current.division();
        Organization next = one.save(organization(n, current.version(), home, landings(random)));
        latest.put(next.id().value(), next);
        saved.put(next.id().value() + "@" + next.version(), next);
      }
    } finally {
      writing.set(false);
    }
    List<Organization> seen = reads.get(60, TimeUnit.SECONDS);
    assertThat(seen).isNotEmpty();
    for (Organization o : seen) {
      assertThat(o).as("seed %s", seed).isEqualTo(saved.get(o.id().value() + "@" + o.version()));
    }
    for (DivisionCode within :
        List.of(DistrictFixture.STREET, DistrictFixture.OTHER_STREET, DistrictFixture.DISTRICT)) {
      assertThat(listing(two, within)).as("seed %s", seed).isEqualTo(expected(latest, within));
    }
  }

  /** The columns of the organization table at schema version 2 (and 3). */
  static final String VERSION_2_ORG_COLUMNS =
      "org_id, version, org_name, legal_form, status, division, area_key, district, uscc,"
          + " registered_on, filing_div, filed_on, hub_of, federation_of, domain_mask,"
          + " cw_assistant, cw_intermediate, cw_senior, n_reports, n_grades, n_members,"
          + " n_landings, n_detail, n_contacts, n_attrs";

  @Test
  void upgrading_from_version_2_gives_every_landing_its_street_and_version() throws Exception {
    SplittableRandom random = new SplittableRandom(12);
    SansheJdbc current = Registries.freshTables();
    JdbcOrganizations written = JdbcOrganizations.open(current);
    List<Organization> all = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      all.add(organization(n, 1 + n, HOMES.get(n % 2), landings(random)));
    }
    written.saveAll(all);
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
                List.of("V1__registry.sql", "V2__records.sql")));
    old.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "INSERT INTO "
                    + old.table("reg_org")
                    + " ("
                    + VERSION_2_ORG_COLUMNS
                    + ") SELECT "
                    + VERSION_2_ORG_COLUMNS
                    + " FROM "
                    + current.table("reg_org"));
            s.execute(
                "INSERT INTO "
                    + old.table("reg_org_domain")
                    + " SELECT * FROM "
                    + current.table("reg_org_domain"));
            s.execute(
                "INSERT INTO "
                    + old.table("reg_org_landing")
                    + " (org_id, ord, community, from_day, until_day)"
                    + " SELECT org_id, ord, community, from_day, until_day FROM "
                    + current.table("reg_org_landing"));
          }
          return null;
        });

    JdbcOrganizations.migrate(old);

    JdbcOrganizations upgraded = JdbcOrganizations.open(old);
    for (DivisionCode within :
        List.of(DistrictFixture.STREET, DistrictFixture.OTHER_STREET, DistrictFixture.DISTRICT)) {
      assertThat(listing(upgraded, within)).isEqualTo(listing(written, within)).isNotEmpty();
    }
    int rows =
        old.read(
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet r =
                      s.executeQuery(
                          "SELECT COUNT(*) FROM "
                              + old.table("reg_org_landing")
                              + " l JOIN "
                              + old.table("reg_org")
                              + " o ON o.org_id = l.org_id"
                              + " WHERE l.area_key = o.area_key AND l.org_version = o.version")) {
                r.next();
                return r.getInt(1);
              }
            });
    assertThat(rows).isEqualTo(all.stream().mapToInt(o -> o.landings().size()).sum()).isPositive();
  }
}
