package org.sanshe.jdbc.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.fund.Counterparty;
import org.sanshe.core.fund.Fund;
import org.sanshe.core.fund.FundAccountId;
import org.sanshe.core.fund.FundAudit;
import org.sanshe.core.fund.FundId;
import org.sanshe.core.fund.FundKind;
import org.sanshe.core.fund.FundMovement;
import org.sanshe.core.fund.FundStatement;
import org.sanshe.core.fund.MemberId;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

/**
 * Funds on PostgreSQL across a restart and an outage: balances, statements and the hash chain read
 * back by a new store over a new data source; a stopped database is a coded unavailable error that
 * writes nothing (no movement without its fund row, no balance without its movement), and the same
 * save succeeds once the database is back.
 */
class DurableFundsTest {

  private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
  private static final Counterparty ORG = Counterparty.organization(OrganizationId.of("org-1"));

  private final SansheJdbc jdbc = JdbcFundsContractTest.freshTables();

  private static Fund mutualAid() {
    Fund f = Fund.open(FundId.of("aid"), FundKind.MUTUAL_AID, "商会互助金", "clerk", T0);
    for (int i = 0; i < 5; i++) {
      MemberId m = MemberId.of("firm-" + i);
      f.registerMember(m, "clerk", T0.plusSeconds(i));
      f.subscribe(m, Money.ofYuan(1000 + i), "clerk", T0.plusSeconds(60 + i));
    }
    f.lend(MemberId.of("firm-2"), Money.ofYuan(2500), "clerk", T0.plusSeconds(120));
    f.collectServiceFee(Money.parse("333.33"), ORG, "clerk", T0.plusSeconds(180));
    return f;
  }

  @Test
  void after_a_restart_balances_statements_and_the_chain_read_back() {
    JdbcFunds store = JdbcFunds.open(jdbc);
    store.add(mutualAid());
    Fund f = store.find(FundId.of("aid")).orElseThrow();
    f.repay(MemberId.of("firm-2"), Money.ofYuan(500), "clerk", T0.plusSeconds(240));
    store.update(f);
    FundStatement pool = store.statement(f.id(), FundAccountId.POOL, T0, T0.plusSeconds(600));

    JdbcFunds restarted = JdbcFunds.open(JdbcFundsContractTest.second(jdbc));
    Fund back = restarted.find(FundId.of("aid")).orElseThrow();
    assertThat(back.snapshot()).isEqualTo(f.snapshot().withVersion(2));
    assertThat(back.outstandingLoan(MemberId.of("firm-2"))).isEqualTo(Money.ofYuan(2000));
    assertThat(back.balance(FundAccountId.WELFARE)).isEqualTo(Money.parse("233.34"));
    assertThat(restarted.statement(f.id(), FundAccountId.POOL, T0, T0.plusSeconds(600)))
        .isEqualTo(pool);
    assertThat(pool.closing()).isEqualTo(back.pool());
    List<FundMovement> journal = restarted.journal(f.id(), 0, 1000);
    assertThat(FundAudit.verify(back.snapshot(), journal).total()).isEqualTo(Money.ZERO);
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_writes_nothing() {
    JdbcFunds store = JdbcFunds.open(jdbc);
    store.add(mutualAid());
    Fund f = store.find(FundId.of("aid")).orElseThrow();
    f.lend(MemberId.of("firm-0"), Money.ofYuan(100), "clerk", T0.plusSeconds(300));
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> store.update(f))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> store.add(mutualAidNamed("aid-2")))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    Fund now = store.find(FundId.of("aid")).orElseThrow();
    assertThat(now.version()).isEqualTo(1);
    assertThat(now.outstandingLoan(MemberId.of("firm-0"))).isEqualTo(Money.ZERO);
    assertThat(store.journal(now.id(), 0, 1000)).hasSize((int) now.lastSeq());
    assertThat(store.find(FundId.of("aid-2"))).isEmpty();
    assertThat(store.journal(FundId.of("aid-2"), 0, 10)).isEmpty();
    store.update(f);
    Fund after = store.find(FundId.of("aid")).orElseThrow();
    assertThat(after.outstandingLoan(MemberId.of("firm-0"))).isEqualTo(Money.ofYuan(100));
    assertThat(FundAudit.verify(after.snapshot(), store.journal(after.id(), 0, 1000)).total())
        .isEqualTo(Money.ZERO);
  }

  private static Fund mutualAidNamed(String id) {
    return Fund.open(FundId.of(id), FundKind.MUTUAL_AID, "互助金", "clerk", T0);
  }
}
