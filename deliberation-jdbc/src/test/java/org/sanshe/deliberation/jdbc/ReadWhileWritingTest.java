package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/**
 * One server reads matters while another triages them. A matter's row and its steps are read by two
 * statements; whatever moment each statement sees, a read returns whole matters whose history fits
 * their version, never a row-invalid error. Run with the reader in LOCAL mode (one snapshot per
 * read) and in EXTERNAL mode over autocommit connections (each statement its own moment, as in an
 * integrator's READ COMMITTED transaction).
 */
class ReadWhileWritingTest {

  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final int MATTERS = 120;

  @ParameterizedTest
  @EnumSource(TransactionMode.class)
  void reads_racing_a_writer_see_whole_matters(TransactionMode readerMode) throws Exception {
    SansheJdbc jdbc = Tables.fresh();
    Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    Intake intake = new Intake(JdbcMatters.open(jdbc), clock, IdSource.sequential("m"));
    List<MatterId> ids = new ArrayList<>();
    for (int i = 0; i < MATTERS; i++) {
      ids.add(intake.record(ActorId.of("clerk-1"), report()).matter());
    }
    Intake writer =
        new Intake(JdbcMatters.open(Tables.secondServer(jdbc)), clock, IdSource.sequential("w"));
    JdbcMatters reader =
        JdbcMatters.open(
            SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
                .tablePrefix(jdbc.tablePrefix())
                .transactionMode(readerMode)
                .build());

    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> reads =
          pool.submit(
              () -> {
                int n = 0;
                while (!done.get()) {
                  for (Matter m : reader.all()) {
                    assertWhole(m);
                  }
                  reader.find(ids.get(n % MATTERS)).ifPresent(ReadWhileWritingTest::assertWhole);
                  reader.page(null, 50).forEach(ReadWhileWritingTest::assertWhole);
                  n++;
                }
                return n;
              });
      Future<?> writes =
          pool.submit(
              () -> {
                try {
                  for (MatterId id : ids) {
                    writer.triage(id, ActorId.of("clerk-2"), ResolutionPath.REFERRAL, "转办");
                  }
                } finally {
                  done.set(true);
                }
                return null;
              });
      writes.get(2, TimeUnit.MINUTES);
      assertThat(reads.get(2, TimeUnit.MINUTES)).isPositive();
    } catch (ExecutionException e) {
      throw new AssertionError("a reader or the writer failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    assertThat(reader.all()).hasSize(MATTERS).allSatisfy(m -> assertThat(m.version()).isEqualTo(2));
  }

  /** A matter read back is whole: its history holds one event per version since it was recorded. */
  private static void assertWhole(Matter m) {
    assertThat(m.snapshot().history()).hasSize((int) m.version() - 1);
  }

  private static MatterReport report() {
    return new MatterReport(
        Channel.HOTLINE_12345,
        MatterCategory.of("lighting"),
        Place.of(COMMUNITY, "G03", "B12"),
        Reporter.anonymous(),
        Urgency.URGENT,
        "路灯不亮",
        T0);
  }
}
