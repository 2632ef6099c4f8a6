package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.AccessList;
import org.sanshe.core.registry.access.AccessLists;
import org.sanshe.core.registry.access.RecordedAccessList;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.AccessListsContract;
import org.sanshe.testkit.contract.WithOutbox;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The PostgreSQL store keeps the {@link AccessLists} contract (reopened through a second data
 * source), and survives an outage.
 */
class JdbcAccessListsContractTest extends AccessListsContract {

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
  protected AccessLists newStore() {
    jdbc = freshTables();
    return JdbcAccessLists.open(jdbc, clock);
  }

  @Override
  protected AccessLists reopen(AccessLists store) {
    return JdbcAccessLists.open(Registries.secondServer(jdbc), clock);
  }

  @Override
  protected WithOutbox<AccessLists> newStoreWithOutbox() {
    jdbc = freshTables();
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    return new WithOutbox<>(JdbcAccessLists.open(jdbc, clock, outbox), outbox);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    AccessLists store = newStore();
    AccessList one =
        AccessList.of(
            List.of(new AccessEntry(TaskCode.of("T-1"), "入户走访", "区民政局", "依据", Money.ofYuan(10))));
    RecordedAccessList first = store.publish(DistrictFixture.DISTRICT, one, 0, "officer-1");
    TestDatabase.stop();
    try {
      assertThatThrownBy(
              () -> store.publish(DistrictFixture.DISTRICT, AccessList.of(List.of()), 1, "o"))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    assertThat(reopen(store).find(DistrictFixture.DISTRICT)).contains(first);
    assertThat(store.publish(DistrictFixture.DISTRICT, AccessList.of(List.of()), 1, "o").version())
        .isEqualTo(2);
    assertThat(reopen(store).find(DistrictFixture.DISTRICT).orElseThrow().list().size()).isZero();
  }
}
