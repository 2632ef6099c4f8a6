package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.ledger.AccountChange;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.store.JournalEntry;

/**
 * A process writing to the ledger is killed with {@code kill -9} in the middle of its batches, many
 * times; after each kill the journal holds every acknowledged pair, no half pair, verifies, and
 * balances sum to zero. Even rounds keep three batches in flight, so a kill also lands between the
 * commits of two batches, or after a later batch's rows were sent while an earlier one commits. The
 * seed of the kill times is printed and can be set with {@code -Dsanshe.seed}.
 */
class CrashTest {

  private static final int ROUNDS = Integer.getInteger("sanshe.crash.rounds", 6);

  @Test
  void a_killed_writer_loses_nothing_it_acknowledged_and_leaves_no_half_pair() throws Exception {
    long seed = Long.getLong("sanshe.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    SansheJdbc jdbc = Durable.freshTables();
    String prefix = jdbc.tablePrefix();
    Set<String> acknowledged = new HashSet<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrashWorker.class.getName(),
                  TestDatabase.jdbcUrl(),
                  prefix,
                  "crash",
                  "r" + round,
                  Integer.toString(round % 2 == 0 ? 3 : 1))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      CountDownLatch enough = new CountDownLatch(25);
      Set<String> acks = java.util.Collections.synchronizedSet(new HashSet<>());
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
      assertThat(enough.await(60, TimeUnit.SECONDS))
          .as("round %d (seed %d): the child acknowledged transfers", round, seed)
          .isTrue();
      Thread.sleep(random.nextInt(20, 300));
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      child.waitFor(30, TimeUnit.SECONDS);
      reader.join(10_000);
      acknowledged.addAll(acks);

      Ledger restored =
          Ledger.builder(Durable.clock(), JdbcLedgerStore.open(jdbc, "crash")).build();
      for (String pair : acknowledged) {
        assertThat(restored.find(TransferId.of(pair + "-a")))
            .as("round %d (seed %d): acknowledged %s is stored", round, seed, pair)
            .isNotNull();
      }
      Set<String> halves = new HashSet<>();
      for (JournalEntry e : Audit.paged(restored.store())) {
        if (!AccountChange.isAccountChange(e.phase()) && e.clientId().startsWith("r")) {
          String pair = e.clientId().substring(0, e.clientId().length() - 2);
          if (!halves.remove(pair)) {
            halves.add(pair);
          }
        }
      }
      assertThat(halves).as("round %d (seed %d): half-applied pairs", round, seed).isEmpty();
      assertThat(restored.sumOfBalances()).isZero();
      assertThat(new Audit(restored).verify().intact()).isTrue();
      assertThat(new Audit(restored).reconcile().balanced()).isTrue();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 25);
  }
}
