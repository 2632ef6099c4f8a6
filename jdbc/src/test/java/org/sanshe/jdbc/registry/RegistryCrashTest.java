package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * A process saving organizations (row, landing, domains, outbox events) is killed with {@code kill
 * -9} mid-run, a few times; after each kill every organization is either fully stored (its row, its
 * landing, both domains and its three outbox events) or absent from every table, every acknowledged
 * save is stored, and the store opens and works. The seed of the kill times is printed and can be
 * set with {@code -Dsanshe.seed}.
 */
class RegistryCrashTest {

  private static final int ROUNDS = Integer.getInteger("sanshe.crash.rounds", 3);

  @Test
  void a_killed_writer_leaves_every_organization_whole_or_absent() throws Exception {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    System.out.println("RegistryCrashTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    SansheJdbc jdbc = Registries.freshTablesWithOutbox();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    Set<String> acknowledged = new HashSet<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  RegistryCrashWorker.class.getName(),
                  TestDatabase.jdbcUrl(),
                  jdbc.tablePrefix(),
                  "r" + round)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      CountDownLatch enough = new CountDownLatch(10);
      Set<String> acks = Collections.synchronizedSet(new HashSet<>());
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                      acks.add(line.substring(4));
                      enough.countDown();
                    }
                  }
                } catch (java.io.IOException e) {
                  // the child was killed: its output ends here
                }
              });
      reader.start();
      assertThat(enough.await(120, TimeUnit.SECONDS))
          .as("round %d (seed %d): the child acknowledged saves", round, seed)
          .isTrue();
      Thread.sleep(random.nextInt(20, 300));
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
      acknowledged.addAll(acks);

      // A killed client's last COMMIT may still be finishing on the server: read until two
      // readings 100 ms apart agree, so that the tables and the outbox are seen at one state.
      List<Map<String, Integer>> state = settledState(jdbc, outbox, round);
      Map<String, Integer> rows = state.get(0);
      Map<String, Integer> landings = state.get(1);
      Map<String, Integer> domains = state.get(2);
      Map<String, Integer> events = state.get(3);
      Set<String> seen = new HashSet<>(rows.keySet());
      seen.addAll(landings.keySet());
      seen.addAll(domains.keySet());
      seen.addAll(events.keySet());
      for (String id : seen) {
        assertThat(Arrays.asList(rows.get(id), landings.get(id), domains.get(id), events.get(id)))
            .as("round %d (seed %d): organization %s is whole", round, seed, id)
            .containsExactly(1, 1, 2, 3);
      }
      assertThat(rows.keySet()).as("round %d: acknowledged saves", round).containsAll(acks);
      JdbcOrganizations store = JdbcOrganizations.open(jdbc);
      for (String id : rows.keySet()) {
        Organization o = store.find(OrganizationId.of(id)).orElseThrow();
        assertThat(o.version()).isEqualTo(1);
        assertThat(o.landedIn(DistrictFixture.COMMUNITY, RegistryCrashWorker.LANDED_ON)).isTrue();
        assertThat(o.domains())
            .containsExactlyInAnyOrder(ServiceDomain.ELDERLY_CARE, ServiceDomain.YOUTH);
      }
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 10);
    // the store opens and works after the last kill
    JdbcOrganizations store = JdbcOrganizations.open(jdbc, outbox);
    OrganizationId after = OrganizationId.of("after-crash");
    store.save(RegistryCrashWorker.organization(after, DistrictFixture.clock()));
    assertThat(store.find(after)).isPresent();
    assertThat(count(jdbc, "reg_org_domain").get("after-crash")).isEqualTo(2);
  }

  private static List<Map<String, Integer>> settledState(
      SansheJdbc jdbc, JdbcOutbox outbox, int round) throws Exception {
    List<Map<String, Integer>> previous = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      Map<String, Integer> events = new HashMap<>();
      String consumer = "crash-" + round + "-" + attempt;
      while (true) {
        List<OutboxEntry> page = outbox.read(consumer, 1000);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(e -> events.merge(e.aggregateId(), 1, Integer::sum));
        outbox.acknowledge(consumer, page.get(page.size() - 1).position());
      }
      List<Map<String, Integer>> now =
          List.of(
              count(jdbc, "reg_org"),
              count(jdbc, "reg_org_landing"),
              count(jdbc, "reg_org_domain"),
              events);
      if (now.equals(previous)) {
        return now;
      }
      previous = now;
      Thread.sleep(100);
    }
    return previous;
  }

  private static Map<String, Integer> count(SansheJdbc jdbc, String table) throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = jdbc.dataSource().getConnection();
        PreparedStatement p =
            c.prepareStatement(
                "SELECT org_id, COUNT(*) FROM " + jdbc.table(table) + " GROUP BY org_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        counts.put(r.getString(1), r.getInt(2));
      }
    }
    return counts;
  }
}
