package org.sanshe.jdbc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.worker.CommunityWorker;
import org.sanshe.core.registry.worker.CommunityWorkerPost;
import org.sanshe.core.registry.worker.CommunityWorkers;
import org.sanshe.core.registry.worker.SocialWorkerId;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.contract.CommunityWorkersContract;
import org.sanshe.testkit.fixture.DistrictFixture;

/** The PostgreSQL store keeps the {@link CommunityWorkers} contract, and survives an outage. */
class JdbcCommunityWorkersContractTest extends CommunityWorkersContract {

  private SansheJdbc jdbc;

  @Override
  protected CommunityWorkers newStore() {
    jdbc = Registries.freshTables();
    return JdbcCommunityWorkers.open(jdbc);
  }

  @Override
  protected CommunityWorkers reopen(CommunityWorkers store) {
    return JdbcCommunityWorkers.open(Registries.secondServer(jdbc));
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    SansheJdbc jdbc = Registries.freshTables();
    JdbcCommunityWorkers store = JdbcCommunityWorkers.open(jdbc);
    CommunityWorker saved =
        store.save(
            CommunityWorker.appoint(
                new SocialWorkerId("cw-9"),
                "赵六",
                DistrictFixture.COMMUNITY,
                CommunityWorkerPost.DIRECTOR,
                LocalDate.of(2024, 1, 1),
                DistrictFixture.clock()));
    CommunityWorker changed = saved.leave(LocalDate.of(2026, 1, 1), DistrictFixture.clock());
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.save(changed))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue())
          .hasMessageNotContaining("赵六");
    } finally {
      TestDatabase.start();
    }
    assertThat(store.find(saved.id())).contains(saved);
    assertThat(store.save(changed).version()).isEqualTo(2);
  }
}
