package org.sanshe.jdbc.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;

/**
 * Open service domains in the programme tables (issue 17): a programme funding integrator-defined
 * domains reads back after a restart; any set of domains round-trips; a database written at schema
 * version 1 (funded domains as a bit mask) reads back the same after the upgrade to version 2.
 */
class OpenDomainsProgrammesTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final String ACTOR = "officer-1";
  private static final String VERSION_1_COLUMNS =
      "programme_id, version, prg_name, sponsor, prg_year, kind, budget_fen, elig_domains,"
          + " elig_grade, elig_reg";

  private final SansheJdbc jdbc = ProgrammeTables.fresh();
  private final JdbcProgrammes programmes = JdbcProgrammes.open(jdbc);

  private static Programme programme(String id, Set<ServiceDomain> domains) {
    return Programme.launch(
        ProgrammeId.of(id),
        "公益创投 " + id,
        "区民政局",
        2026,
        ProgrammeKind.VENTURE_PHILANTHROPY,
        Money.ofYuan(10_000),
        new Eligibility(domains, Optional.empty(), true),
        ACTOR,
        AT);
  }

  @Test
  void any_set_of_funded_domains_round_trips_and_reads_back_after_a_restart() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom random = new SplittableRandom(seed);
    List<ServiceDomain> catalogue = new ArrayList<>(ServiceDomain.presets());
    for (int i = 0; i < 12; i++) {
      catalogue.add(ServiceDomain.of("funded-" + i));
    }
    List<Programme> added = new ArrayList<>();
    for (int n = 0; n < 24; n++) {
      Set<ServiceDomain> domains = new TreeSet<>();
      int size = random.nextInt(Organization.MAX_DOMAINS + 1);
      while (domains.size() < size) {
        domains.add(catalogue.get(random.nextInt(catalogue.size())));
      }
      Programme p = programme("prg-" + n, domains);
      programmes.add(p);
      added.add(p);
    }
    JdbcProgrammes restarted = JdbcProgrammes.open(ProgrammeTables.secondServer(jdbc));
    for (Programme p : added) {
      Programme read = restarted.find(p.id()).orElseThrow();
      assertThat(new ArrayList<>(read.eligibility().domains()))
          .as("seed %d", seed)
          .isEqualTo(new ArrayList<>(p.eligibility().domains()));
      assertThat(read.snapshot()).as("seed %d", seed).isEqualTo(p.snapshot().withVersion(1));
    }
  }

  @Test
  void a_database_written_at_version_1_reads_back_the_same_funded_domains_after_the_upgrade() {
    List<Programme> added = new ArrayList<>();
    List<ServiceDomain> presets = ServiceDomain.presets();
    for (int n = 0; n < 10; n++) {
      Set<ServiceDomain> domains = new TreeSet<>();
      for (int bit = 0; bit < presets.size(); bit++) {
        if (((n * 613 + 3) >> bit & 1) == 1) {
          domains.add(presets.get(bit));
        }
      }
      Programme p = programme("prg-" + n, n == 0 ? Set.of() : domains);
      programmes.add(p);
      added.add(p);
    }
    SansheJdbc old =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    Migrator.of(old)
        .migrate(
            Schema.of(
                JdbcProgrammes.COMPONENT,
                JdbcProgrammes.class.getClassLoader(),
                "META-INF/sanshe/schema/programmes",
                List.of("V1__programmes.sql")));
    old.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "INSERT INTO "
                    + old.table("prg_programme")
                    + " ("
                    + VERSION_1_COLUMNS
                    + ") SELECT "
                    + VERSION_1_COLUMNS
                    + " FROM "
                    + jdbc.table("prg_programme"));
          }
          return null;
        });

    JdbcProgrammes.migrate(old);

    JdbcProgrammes upgraded = JdbcProgrammes.open(old);
    for (Programme p : added) {
      assertThat(upgraded.find(p.id()).orElseThrow().snapshot())
          .isEqualTo(p.snapshot().withVersion(1));
    }
  }
}
