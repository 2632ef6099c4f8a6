package org.sanshe.jdbc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.BudgetDesk;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

/** Programme tables across restarts, outages, broken rows and two servers. */
class DurableProgrammesTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final String ACTOR = "officer-1";
  private static final ProjectId P1 = new ProjectId("p-1");

  private final SansheJdbc jdbc = ProgrammeTables.fresh();
  private final JdbcProgrammes programmes = JdbcProgrammes.open(jdbc);
  private final JdbcBudgets budgets = JdbcBudgets.open(jdbc);

  private static Programme programme(String id, long yuan) {
    return Programme.launch(
        ProgrammeId.of(id),
        "为民服务资金 " + id,
        "雨花社区",
        2026,
        ProgrammeKind.SERVICE_TO_RESIDENTS_FUND,
        Money.ofYuan(yuan),
        new Eligibility(Set.of(ServiceDomain.ELDERLY_CARE), Optional.empty(), false),
        ACTOR,
        AT);
  }

  @Test
  void a_restarted_store_reads_every_programme_and_budget_back() {
    Programme p = programme("prg-1", 300_000);
    programmes.add(p);
    budgets.add(ProgrammeBudget.open(p, ACTOR, AT));
    BudgetDesk desk = new BudgetDesk(budgets);
    desk.apply(
        p.id(),
        b ->
            b.plan(P1, FundingSource.FISCAL, Money.ofYuan(200_000), ACTOR, AT)
                .commit(P1, FundingSource.FISCAL, Money.ofYuan(150_000), ACTOR, AT)
                .pay(P1, FundingSource.FISCAL, Money.ofYuan(50_000), ACTOR, AT));
    SansheJdbc restarted = ProgrammeTables.secondServer(jdbc);
    JdbcBudgets again = JdbcBudgets.open(restarted);
    assertThat(again.find(p.id()).orElseThrow().snapshot())
        .isEqualTo(budgets.find(p.id()).orElseThrow().snapshot());
    assertThat(JdbcProgrammes.open(restarted).find(p.id()).orElseThrow().snapshot())
        .isEqualTo(p.snapshot().withVersion(1));
    assertThat(
            again
                .report(p.id())
                .orElseThrow()
                .projectBasedOperation(
                    org.sanshe.core.registry.project.ProjectBasedOperationPolicy.preset())
                .met())
        .isTrue();
    assertThat(again.movements(p.id(), 0, 10)).hasSize(3);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    Programme p = programme("prg-1", 1_000);
    programmes.add(p);
    budgets.add(ProgrammeBudget.open(p, ACTOR, AT));
    ProgrammeBudget v1 = budgets.find(p.id()).orElseThrow();
    ProgrammeBudget changed = v1.commit(P1, FundingSource.FISCAL, Money.ofYuan(10), ACTOR, AT);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> budgets.update(changed))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue())
          .hasMessageNotContaining("prg-1");
      assertThatThrownBy(() -> programmes.add(programme("prg-2", 1)))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> budgets.report(p.id()))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    assertThat(budgets.find(p.id()).orElseThrow().snapshot()).isEqualTo(v1.snapshot());
    assertThat(budgets.movements(p.id(), 0, 10)).isEmpty();
    assertThat(programmes.find(ProgrammeId.of("prg-2"))).isEmpty();
    budgets.update(changed);
    assertThat(budgets.report(p.id()).orElseThrow().total().committed())
        .isEqualTo(Money.ofYuan(10));
  }

  @Test
  void writers_on_two_data_sources_never_overspend_one_programme() throws Exception {
    Programme p = programme("prg-1", 100); // 10,000 fen
    budgets.add(ProgrammeBudget.open(p, ACTOR, AT));
    List<BudgetDesk> desks =
        List.of(
            new BudgetDesk(budgets),
            new BudgetDesk(JdbcBudgets.open(ProgrammeTables.secondServer(jdbc))));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        BudgetDesk desk = desks.get(w % 2);
        ProjectId project = new ProjectId("p-" + w);
        Callable<Integer> task =
            () -> {
              int accepted = 0;
              for (int i = 0; i < 12; i++) {
                try {
                  desk.commit(p.id(), project, FundingSource.FISCAL, Money.ofYuan(3), ACTOR, AT);
                  accepted++;
                } catch (RegistryException e) {
                  if (e.errorCode() != RegistryError.BUDGET_OVERCOMMITTED
                      && e.errorCode() != RegistryError.BUDGET_VERSION_CONFLICT) {
                    throw e;
                  }
                }
              }
              return accepted;
            };
        futures.add(pool.submit(task));
      }
      int accepted = 0;
      for (Future<Integer> f : futures) {
        accepted += f.get();
      }
      assertThat(accepted).isLessThanOrEqualTo(33);
      ProgrammeBudget end = budgets.find(p.id()).orElseThrow();
      assertThat(end.report().total().committed()).isEqualTo(Money.ofYuan(3L * accepted));
      assertThat(budgets.report(p.id()).orElseThrow()).isEqualTo(end.report());
      assertThat(budgets.movements(p.id(), 0, 1000)).hasSize(accepted);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_row_another_program_broke_is_a_coded_error_naming_the_column_not_the_value() {
    Programme p = programme("prg-1", 1_000);
    programmes.add(p);
    budgets.add(
        ProgrammeBudget.open(p, ACTOR, AT)
            .commit(P1, FundingSource.FISCAL, Money.ofYuan(1), ACTOR, AT));
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE " + jdbc.table("prg_bline") + " SET paid_fen = 987654321")) {
            return s.executeUpdate();
          }
        });
    assertThatThrownBy(() -> budgets.find(p.id()))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID))
        .hasMessageNotContaining("987654321");
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE " + jdbc.table("prg_programme") + " SET kind = 'BOGUS'")) {
            return s.executeUpdate();
          }
        });
    assertThatThrownBy(() -> programmes.find(p.id()))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID))
        .hasMessageContaining("kind")
        .hasMessageNotContaining("BOGUS");
  }

  @Test
  void open_refuses_tables_that_were_never_created() {
    SansheJdbc empty =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    for (Callable<?> open :
        List.<Callable<?>>of(
            () -> JdbcProgrammes.open(empty),
            () -> JdbcApplications.open(empty),
            () -> JdbcBudgets.open(empty))) {
      assertThatThrownBy(open::call)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING));
    }
  }
}
