package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.MutableClock;

/**
 * A process writing matters and a consultation with the outbox is killed with {@code kill -9}, a
 * few times; after each kill every acknowledged triage is stored, every row restores, a
 * consultation is never half-rewritten, and the outbox holds exactly the events of the versions
 * stored (none lost, none invented). The seed of the kill times is printed and can be set with
 * {@code -Dsanshe.seed}.
 */
class AffairsCrashTest {

  private static final int ROUNDS = Integer.getInteger("sanshe.crash.rounds", 3);

  @Test
  void a_killed_writer_loses_no_acknowledged_change_and_the_outbox_matches_the_rows()
      throws Exception {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    System.out.println("AffairsCrashTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    SansheJdbc jdbc = Tables.fresh();
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    ConsultationDesk desk =
        ConsultationDesk.builder(JdbcConsultations.open(jdbc, outbox), JdbcMatters.open(jdbc))
            .rules(ConsultationRules.standard())
            .clock(clock)
            .ids(IdSource.sequential("k"))
            .build();
    ConsultationId k = desk.propose(ConsultationForm.ONLINE, "楼道堆物整治", null).consultation();
    desk.accept(k);
    desk.publish(k);
    desk.join(k, Participant.of("rc-1", Party.RESIDENTS_COMMITTEE));
    desk.join(k, Participant.of("r-1", Party.RESIDENT));
    desk.startDeliberation(k);
    Set<String> acknowledged = new HashSet<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  AffairsCrashWorker.class.getName(),
                  TestDatabase.jdbcUrl(),
                  jdbc.tablePrefix(),
                  "r" + round,
                  k.value())
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
          .as("round %d (seed %d): the child acknowledged triages", round, seed)
          .isTrue();
      Thread.sleep(random.nextInt(20, 300));
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
      acknowledged.addAll(acks);

      JdbcMatters matters = JdbcMatters.open(jdbc);
      List<Matter> all = matters.all(); // every row restores
      Map<String, Long> versions = new HashMap<>();
      all.forEach(m -> versions.put(m.id().value(), m.version()));
      for (String id : acknowledged) {
        Matter m = matters.find(MatterId.of(id)).orElseThrow();
        assertThat(m.triage().orElseThrow().path()).isEqualTo(ResolutionPath.REFERRAL);
      }
      Consultation c = JdbcConsultations.open(jdbc).find(k).orElseThrow();
      assertThat(c.minutes()).hasSize((int) (c.version() - 6));

      Set<String> expected = new HashSet<>();
      versions.forEach(
          (id, v) -> {
            for (long n = 1; n <= v; n++) {
              expected.add("matter:" + id + ":" + n + ":0");
            }
          });
      expected.add("consultation:" + k.value() + ":1:0"); // proposed
      for (long n = 2; n <= c.version(); n++) {
        expected.add("consultation:" + k.value() + ":" + n + ":0");
      }
      Set<String> events = new HashSet<>();
      String consumer = "crash-" + round;
      while (true) {
        List<OutboxEntry> page = outbox.read(consumer, 1000);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(e -> events.add(e.eventId()));
        outbox.acknowledge(consumer, page.get(page.size() - 1).position());
      }
      assertThat(events).as("round %d (seed %d): outbox events", round, seed).isEqualTo(expected);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 10);
  }
}
