package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessDecisions;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.AccessDecisionsContract;
import org.sanshe.testkit.contract.WithOutbox;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The PostgreSQL store keeps the {@link AccessDecisions} contract (reopened through a second data
 * source, as a restarted or second server), and survives an outage.
 */
class JdbcAccessDecisionsContractTest extends AccessDecisionsContract {

  private SansheJdbc jdbc;

  private static SansheJdbc freshTables() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    JdbcAccessDecisions.migrate(jdbc);
    return jdbc;
  }

  @Override
  protected AccessDecisions newStore() {
    jdbc = freshTables();
    return JdbcAccessDecisions.open(jdbc, clock);
  }

  @Override
  protected AccessDecisions reopen(AccessDecisions store) {
    return JdbcAccessDecisions.open(Registries.secondServer(jdbc), clock);
  }

  @Override
  protected WithOutbox<AccessDecisions> newStoreWithOutbox() {
    jdbc = freshTables();
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcAccessDecisions.open(jdbc, clock, outbox), outbox);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_records_nothing() {
    AccessDecisions store = newStore();
    LocalDate day = LocalDate.of(2026, 3, 2);
    AccessEntry entry =
        new AccessEntry(TaskCode.of("T-1"), "入户走访", "区民政局", "依据", Money.ofYuan(100));
    AccessDecision first =
        new AccessDecision.Listed(
            TaskRequest.of(entry.task(), "区民政局", DistrictFixture.COMMUNITY, day), entry);
    store.record(first, "clerk-1");
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.record(first, "clerk-1"))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    AccessDecisions read = reopen(store);
    assertThat(read.inCommunity(DistrictFixture.COMMUNITY, day, day.plusDays(1)))
        .containsExactly(first);
    BurdenReport report =
        read.report(DistrictFixture.COMMUNITY, day, day.plusDays(1), ReportInterval.MONTH);
    assertThat(report.rows()).singleElement().satisfies(r -> assertThat(r.listed()).isEqualTo(1));
    assertThat(store.record(first, "clerk-1")).isEqualTo(2);
  }
}
