package org.sanshe.timebank.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.care.CareNeed;
import org.sanshe.timebank.care.CarePairing;
import org.sanshe.timebank.care.CarePairingSnapshot;
import org.sanshe.timebank.care.PairingId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.rota.Rota;
import org.sanshe.timebank.rota.RotaId;
import org.sanshe.timebank.rota.RotaMember;
import org.sanshe.timebank.rota.RotaSlot;
import org.sanshe.timebank.rota.RotaSnapshot;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * Rotas and care pairings on a real PostgreSQL: a restarted server reads everything back, a stopped
 * database gives a coded error and writes nothing (the same write succeeds after the restart), two
 * servers on two data sources appending changes at once lose none, a broken row is refused by code,
 * and the events of a save are in the outbox.
 */
class DurableRotasAndCareTest {

  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId BY = PartyId.of("coord-li");
  private static final Instant T = Instant.parse("2026-03-02T08:00:00.000000123Z");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final HashedIdentity ELDER = new HashedIdentity("ab".repeat(32));

  private final SansheJdbc jdbc =
      SansheJdbc.builder(TestDatabase.dataSource()).tablePrefix(TestDatabase.freshPrefix()).build();

  {
    JdbcRotas.migrate(jdbc);
  }

  private SansheJdbc secondServer() {
    return SansheJdbc.builder(new UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }

  private static Rota rota(String id, int slots) {
    List<RotaSlot> pattern = new ArrayList<>();
    for (int i = 0; i < slots; i++) {
      List<RotaMember> members = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        members.add(
            new RotaMember(PartyId.of("vol-" + i + "-" + k), AccountId.of("acct-" + i + "-" + k)));
      }
      pattern.add(
          new RotaSlot(
              DayOfWeek.of(1 + i % 7),
              LocalTime.of(8 + i / 7, 0),
              Duration.ofHours(1),
              "东门",
              members));
    }
    return Rota.drawUp(
        RotaId.of(id),
        TeamId.of("team-1"),
        ORG,
        "patrol",
        ZoneId.of("Asia/Shanghai"),
        MONDAY,
        MONDAY.plusDays(180),
        pattern,
        BY,
        T);
  }

  private static CarePairing pairing(String id) {
    return CarePairing.pair(
        PairingId.of(id),
        ELDER,
        CareNeed.LONE_ELDERLY,
        PartyId.of("vol-wang"),
        null,
        ORG,
        "elder-visit",
        BY,
        T);
  }

  @Test
  void a_restarted_server_reads_every_rota_and_pairing_back() {
    JdbcRotas rotas = JdbcRotas.open(jdbc);
    JdbcCarePairings pairings = JdbcCarePairings.open(jdbc);
    Rota r = rota("rota-1", 14);
    r.absent(MONDAY, 0, PartyId.of("vol-0-0"), BY, T);
    r.swap(
        MONDAY.plusDays(1),
        1,
        PartyId.of("vol-1-1"),
        new RotaMember(PartyId.of("vol-x"), AccountId.of("acct-x")),
        BY,
        T);
    rotas.add(r);
    CarePairing p = pairing("pair-1");
    p.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-1"), BY, T);
    pairings.add(p);
    p = pairings.find(p.id()).orElseThrow();
    p.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-2"), BY, T.plusSeconds(60));
    p.end(BY, T.plusSeconds(120));
    pairings.update(p);

    SansheJdbc restarted = secondServer();
    assertThat(JdbcRotas.open(restarted).find(r.id()).orElseThrow().snapshot())
        .isEqualTo(r.snapshot().withVersion(1));
    assertThat(JdbcCarePairings.open(restarted).find(p.id()).orElseThrow().snapshot())
        .isEqualTo(p.snapshot().withVersion(2));
    assertThat(JdbcCarePairings.open(restarted).ofResident(ELDER)).hasSize(1);
  }

  @Test
  void a_stopped_database_gives_a_coded_error_writes_nothing_and_the_write_succeeds_after() {
    JdbcRotas rotas = JdbcRotas.open(jdbc);
    JdbcCarePairings pairings = JdbcCarePairings.open(jdbc);
    rotas.add(rota("rota-1", 7));
    pairings.add(pairing("pair-1"));
    Rota r = rotas.find(RotaId.of("rota-1")).orElseThrow();
    CarePairing p = pairings.find(PairingId.of("pair-1")).orElseThrow();
    RotaSnapshot rotaBefore = r.snapshot();
    CarePairingSnapshot pairBefore = p.snapshot();
    for (int i = 0; i < 7; i++) {
      r.absent(MONDAY.plusDays(i), i, PartyId.of("vol-" + i + "-0"), BY, T);
      p.visitRecorded(PartyId.of("vol-wang"), ServiceRecordId.of("rec-" + i), BY, T);
    }
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> rotas.update(r))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE));
      assertThatThrownBy(() -> pairings.update(p))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> rotas.add(rota("rota-2", 1)))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    JdbcRotas rotas2 = JdbcRotas.open(secondServer());
    JdbcCarePairings pairings2 = JdbcCarePairings.open(secondServer());
    assertThat(rotas2.find(RotaId.of("rota-1")).orElseThrow().snapshot()).isEqualTo(rotaBefore);
    assertThat(rotas2.find(RotaId.of("rota-2"))).isEmpty();
    assertThat(pairings2.find(PairingId.of("pair-1")).orElseThrow().snapshot())
        .isEqualTo(pairBefore);
    rotas.update(r);
    pairings.update(p);
    assertThat(rotas2.find(RotaId.of("rota-1")).orElseThrow().snapshot())
        .isEqualTo(r.snapshot().withVersion(2));
    assertThat(pairings2.find(PairingId.of("pair-1")).orElseThrow().snapshot())
        .isEqualTo(p.snapshot().withVersion(2));
  }

  @Test
  void two_servers_appending_absences_at_once_lose_none() throws Exception {
    JdbcRotas.open(jdbc).add(rota("rota-1", 14));
    List<JdbcRotas> servers = List.of(JdbcRotas.open(jdbc), JdbcRotas.open(secondServer()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> results = new ArrayList<>();
    int writers = 14;
    for (int i = 0; i < writers; i++) {
      JdbcRotas store = servers.get(i % 2);
      int slot = i;
      results.add(
          pool.submit(
              () -> {
                for (int attempt = 1; attempt <= 400; attempt++) {
                  Rota r = store.find(RotaId.of("rota-1")).orElseThrow();
                  r.absent(
                      MONDAY.plusDays(slot % 7), slot, PartyId.of("vol-" + slot + "-2"), BY, T);
                  try {
                    store.update(r);
                    return attempt;
                  } catch (TimeBankException e) {
                    assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_VERSION_CONFLICT);
                  }
                }
                throw new AssertionError("no progress");
              }));
    }
    for (Future<Integer> f : results) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    RotaSnapshot stored = servers.get(1).find(RotaId.of("rota-1")).orElseThrow().snapshot();
    assertThat(stored.version()).isEqualTo(1 + writers);
    assertThat(stored.changes()).hasSize(writers);
    assertThat(stored.changes()).extracting(c -> c.slot()).doesNotHaveDuplicates();
  }

  @Test
  void a_volunteers_rotas_read_while_another_server_swaps_are_whole() throws Exception {
    JdbcRotas.open(jdbc).add(rota("rota-1", 14));
    JdbcRotas.open(jdbc).add(rota("rota-2", 14));
    JdbcRotas writer = JdbcRotas.open(secondServer());
    JdbcRotas reader = JdbcRotas.open(jdbc);
    PartyId sun = PartyId.of("vol-sun");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> swaps =
        pool.submit(
            () -> {
              int done = 0;
              for (int week = 0; week < 20; week++) {
                for (int slot = 0; slot < 14; slot += 3) {
                  RotaId id = RotaId.of(slot % 2 == 0 ? "rota-1" : "rota-2");
                  Rota r = writer.find(id).orElseThrow();
                  r.swap(
                      MONDAY.plusDays(slot % 7 + 7L * week),
                      slot,
                      PartyId.of("vol-" + slot + "-0"),
                      new RotaMember(sun, AccountId.of("acct-sun")),
                      BY,
                      T);
                  writer.update(r);
                  done++;
                }
              }
              return done;
            });
    int reads = 0;
    int lastChanges = 0;
    while (!swaps.isDone() || reads == 0) {
      List<Rota> mine = reader.ofVolunteer(sun, null, 10);
      int changes = 0;
      for (Rota r : mine) {
        RotaSnapshot s = r.snapshot();
        assertThat(s.changes()).hasSize((int) s.version() - 1);
        changes += s.changes().size();
        assertThat(r.names(sun)).isTrue();
      }
      assertThat(changes).isGreaterThanOrEqualTo(lastChanges);
      lastChanges = changes;
      reads++;
    }
    int done = swaps.get(120, TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(done).isEqualTo(100);
    assertThat(reader.ofVolunteer(sun, null, 10))
        .extracting(r -> r.snapshot().changes().size())
        .containsExactly(60, 40);
    assertThat(reads).isPositive();
  }

  @Test
  void a_row_this_version_cannot_read_is_refused_by_code() throws Exception {
    JdbcRotas rotas = JdbcRotas.open(jdbc);
    JdbcCarePairings pairings = JdbcCarePairings.open(jdbc);
    rotas.add(rota("rota-1", 2));
    pairings.add(pairing("pair-1"));
    jdbc.inTransaction(
        "break rows",
        c -> {
          try (var st = c.createStatement()) {
            st.executeUpdate("UPDATE " + jdbc.table("vo_rota") + " SET n_slots = 3");
            st.executeUpdate("UPDATE " + jdbc.table("vo_care") + " SET need_code = 9");
          }
          return null;
        });
    assertThatThrownBy(() -> rotas.find(RotaId.of("rota-1")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
    assertThatThrownBy(() -> pairings.find(PairingId.of("pair-1")))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
  }

  @Test
  void the_events_of_a_save_are_in_the_outbox_and_a_refused_save_adds_none() {
    JdbcOutbox.migrate(jdbc);
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    JdbcRotas rotas = JdbcRotas.open(jdbc, outbox);
    JdbcCarePairings pairings = JdbcCarePairings.open(jdbc, outbox);
    rotas.add(rota("rota-1", 2));
    Rota stale = rotas.find(RotaId.of("rota-1")).orElseThrow();
    Rota fresh = rotas.find(RotaId.of("rota-1")).orElseThrow();
    fresh.absent(MONDAY, 0, PartyId.of("vol-0-0"), BY, T);
    rotas.update(fresh);
    stale.absent(MONDAY, 0, PartyId.of("vol-0-1"), BY, T);
    assertThatThrownBy(() -> rotas.update(stale)).isInstanceOf(TimeBankException.class);
    pairings.add(pairing("pair-1"));
    outbox.handOut();
    List<OutboxEntry> entries = outbox.read("test", 100);
    assertThat(entries)
        .extracting(OutboxEntry::aggregateType)
        .containsExactlyInAnyOrder(
            JdbcRotas.AGGREGATE_TYPE, JdbcRotas.AGGREGATE_TYPE, JdbcCarePairings.AGGREGATE_TYPE);
  }
}
