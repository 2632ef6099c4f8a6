package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.jdbc.Durable.credit;
import static org.sanshe.timebank.jdbc.Durable.gift;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.timebank.account.Account;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.AccountLimits;
import org.sanshe.timebank.audit.Audit;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.ledger.AccountChange;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.ledger.Transfer;
import org.sanshe.timebank.ledger.TransferId;
import org.sanshe.timebank.store.ChainHash;
import org.sanshe.timebank.store.JournalEntry;

/**
 * More than one batch in flight on PostgreSQL: batch n fails at its commit while batch n+1 waits
 * behind it on the anchor row, two servers append pipelined at once, and the database stops while
 * batches are in flight.
 */
class PipelinedLedgerTest {

  private final Clock clock = Durable.clock();
  private SansheJdbc plain;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /**
   * A data source whose connections can fail one append's commit: once armed, the first commit of a
   * connection that moved the anchor waits until another connection asks for the anchor lock
   * ({@code FOR UPDATE}: the next batch in flight), then rolls back or commits, and throws as a
   * dropped connection would.
   */
  static final class FailingCommits implements DataSource {
    final DataSource inner = TestDatabase.dataSource();
    final AtomicBoolean armed = new AtomicBoolean();
    final CountDownLatch nextLocking = new CountDownLatch(1);
    volatile boolean commitBeforeFailing;

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = inner.getConnection();
      boolean[] movedAnchor = {false};
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                String name = method.getName();
                if (name.equals("prepareStatement") && args[0] instanceof String sql) {
                  if (sql.contains("FOR UPDATE")) {
                    nextLocking.countDown();
                  }
                  if (sql.startsWith("UPDATE") && sql.contains("tb_ledger")) {
                    movedAnchor[0] = true;
                  }
                }
                if (name.equals("commit") && movedAnchor[0] && armed.compareAndSet(true, false)) {
                  if (!nextLocking.await(10, TimeUnit.SECONDS)) {
                    throw new SQLException("the next batch never asked for the anchor");
                  }
                  Thread.sleep(100); // let the next batch wait on the lock
                  if (commitBeforeFailing) {
                    c.commit();
                  } else {
                    c.rollback();
                  }
                  throw new SQLException("connection dropped (test)", "08006");
                }
                if (name.equals("commit") || name.equals("rollback")) {
                  movedAnchor[0] = false;
                }
                try {
                  return method.invoke(c, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  private static Ledger pipelined(JdbcLedgerStore store, Clock clock, int depth) {
    Ledger ledger = Ledger.builder(clock, store).appendsInFlight(depth).build();
    if (!ledger.hasAccount(Durable.ISSUANCE)) {
      ledger.open(Durable.ISSUANCE, AccountKind.ISSUANCE, AccountLimits.unbounded());
    }
    for (int i = 0; i < Durable.VOLUNTEERS; i++) {
      if (!ledger.hasAccount(Durable.volunteer(i))) {
        ledger.open(Durable.volunteer(i), AccountKind.INDIVIDUAL, AccountLimits.standard());
      }
    }
    return ledger;
  }

  /** Batch n (gift "n") fails at its commit; batch n+1 (gift "n1") is in flight behind it. */
  private Ledger failFirstOfTwo(FailingCommits source, String ledgerId) throws Exception {
    plain = Durable.freshTables();
    SansheJdbc jdbc = SansheJdbc.builder(source).tablePrefix(plain.tablePrefix()).build();
    JdbcLedgerStore store = JdbcLedgerStore.open(jdbc, ledgerId);
    Ledger ledger = pipelined(store, clock, 2);
    ledger.transfer(credit("c0", 0, 600));
    source.armed.set(true);
    Future<Transfer> n = pool.submit(() -> ledger.transfer(gift("n", 0, 1, 30)));
    while (source.armed.get()) {
      Thread.onSpinWait(); // until batch n reached its commit
    }
    Future<Transfer> next = pool.submit(() -> ledger.transfer(gift("n1", 0, 2, 45)));
    for (Future<Transfer> f : List.of(n, next)) {
      assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e -> assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_FAILED));
    }
    return ledger;
  }

  @Test
  void batch_n_rolled_back_at_its_commit_takes_batch_n_plus_1_with_it_and_changes_nothing()
      throws Exception {
    FailingCommits source = new FailingCommits();
    Ledger ledger = failFirstOfTwo(source, "fail-n");
    JdbcLedgerStore store = (JdbcLedgerStore) ledger.store();
    long stored = store.lastSequence();
    List<Account> accounts = ledger.accounts();
    ChainHash head = store.head();

    assertThat(ledger.find(TransferId.of("n"))).isNull();
    assertThat(ledger.find(TransferId.of("n1"))).isNull();
    assertThat(ledger.lastSequence()).as("memory back at the store").isEqualTo(stored);
    assertThat(ledger.head()).isEqualTo(head);
    Ledger restored = Ledger.builder(clock, JdbcLedgerStore.open(plain, "fail-n")).build();
    assertThat(restored.accounts()).isEqualTo(accounts);
    assertThat(restored.lastSequence()).as("no row of n or n+1 kept").isEqualTo(stored);

    ledger.transfer(gift("n1", 0, 2, 45));
    ledger.transfer(gift("n", 0, 1, 30));
    assertThat(ledger.account(Durable.volunteer(0)).balance())
        .isEqualTo(TimeCredit.ofMinutes(600 - 75));
    Ledger again = Ledger.builder(clock, JdbcLedgerStore.open(plain, "fail-n")).build();
    assertThat(again.accounts()).isEqualTo(ledger.accounts());
    assertThat(new Audit(again).verify().intact()).isTrue();
  }

  @Test
  void batch_n_committed_but_reported_failed_with_batch_n_plus_1_committed_behind_it_is_read_back()
      throws Exception {
    FailingCommits source = new FailingCommits();
    source.commitBeforeFailing = true;
    Ledger ledger = failFirstOfTwo(source, "ambiguous");
    JdbcLedgerStore store = (JdbcLedgerStore) ledger.store();
    long stored = store.lastSequence();
    // neither caller was acknowledged; both batches are in the database, n before n+1
    long n = ledger.transfer(gift("n", 0, 1, 30)).sequence();
    long n1 = ledger.transfer(gift("n1", 0, 2, 45)).sequence();
    assertThat(n1).isEqualTo(stored);
    assertThat(n).isEqualTo(stored - 1);
    assertThat(store.lastSequence()).as("the retries applied nothing twice").isEqualTo(stored);
    assertThat(ledger.account(Durable.volunteer(0)).balance())
        .isEqualTo(TimeCredit.ofMinutes(600 - 75));
    Ledger restored = Ledger.builder(clock, JdbcLedgerStore.open(plain, "ambiguous")).build();
    assertThat(restored.accounts()).isEqualTo(ledger.accounts());
    assertThat(restored.head()).isEqualTo(ledger.head());
    assertThat(new Audit(restored).verify().intact()).isTrue();
  }

  @Test
  void two_pipelined_servers_writing_to_one_ledger_lose_duplicate_and_fork_nothing()
      throws Exception {
    plain = Durable.freshTables();
    Ledger setup = pipelined(JdbcLedgerStore.open(plain, "two"), clock, 3);
    setup.transfer(credit("seed", 0, 100_000));
    Ledger a = pipelined(JdbcLedgerStore.open(plain, "two"), clock, 3);
    Ledger b = pipelined(JdbcLedgerStore.open(plain, "two"), clock, 3);
    int perThread = 60;
    List<Future<Integer>> done = new ArrayList<>();
    for (Ledger server : List.of(a, b)) {
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    // the same ids on both servers: each must be recorded once
                    server.transfer(gift("t" + thread + "-" + i, 0, 1 + (i % 7), 1));
                  }
                  return perThread;
                }));
      }
    }
    for (Future<Integer> f : done) {
      assertThat(f.get(180, TimeUnit.SECONDS)).isEqualTo(perThread);
    }
    a.refresh();
    b.refresh();
    Ledger fresh = Ledger.builder(clock, JdbcLedgerStore.open(plain, "two")).build();
    assertThat(a.accounts()).isEqualTo(fresh.accounts());
    assertThat(b.accounts()).isEqualTo(fresh.accounts());
    assertThat(fresh.sumOfBalances()).isZero();
    assertThat(fresh.account(Durable.volunteer(0)).balance())
        .isEqualTo(TimeCredit.ofMinutes(100_000 - 4 * perThread));
    Set<String> ids = new HashSet<>();
    for (JournalEntry e : Audit.paged(fresh.store())) {
      if (!AccountChange.isAccountChange(e.phase())) {
        assertThat(ids.add(e.clientId())).as("%s recorded once", e.clientId()).isTrue();
      }
    }
    assertThat(new Audit(fresh).verify().intact()).isTrue();
  }

  @Test
  void the_database_stopped_with_batches_in_flight_loses_nothing_acknowledged_keeps_nothing_else()
      throws Exception {
    plain = Durable.freshTables();
    Ledger ledger = pipelined(JdbcLedgerStore.open(plain, "outage"), clock, 3);
    ledger.transfer(credit("seed", 0, 100_000));
    Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
    Set<String> refused = Collections.synchronizedSet(new HashSet<>());
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch warm = new CountDownLatch(200);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; !stopping.get(); i++) {
                  String id = "w" + thread + "-" + i;
                  try {
                    ledger.transfer(gift(id, 0, 1 + (i % 7), 1));
                    acknowledged.add(id);
                  } catch (TimeBankException e) {
                    assertThat(e.error()).isEqualTo(TimeBankError.LEDGER_STORE_FAILED);
                    refused.add(id);
                  }
                  warm.countDown();
                }
                return null;
              }));
    }
    assertThat(warm.await(60, TimeUnit.SECONDS)).isTrue();
    TestDatabase.stop(); // batches in flight lose their connections
    try {
      Thread.sleep(300);
    } finally {
      TestDatabase.start();
    }
    Thread.sleep(500);
    stopping.set(true);
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    assertThat(refused).as("the outage refused commands").isNotEmpty();
    ledger.refresh();
    Ledger restored = Ledger.builder(clock, JdbcLedgerStore.open(plain, "outage")).build();
    assertThat(restored.accounts()).isEqualTo(ledger.accounts());
    assertThat(restored.head()).isEqualTo(ledger.head());
    for (String id : acknowledged) {
      assertThat(restored.find(TransferId.of(id))).as("acknowledged %s kept", id).isNotNull();
    }
    assertThat(restored.sumOfBalances()).isZero();
    assertThat(new Audit(restored).verify().intact()).isTrue();
  }
}
