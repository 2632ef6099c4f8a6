package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
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
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.deliberation.consultation.Status;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.testkit.MutableClock;

/**
 * A district's matters, escalation cases and consultations on PostgreSQL: they come back after a
 * restart and go on from where they were; a stopped database refuses commands with a coded error,
 * changes nothing and works again after it starts; values the tables cannot hold and rows this
 * version cannot read are refused by code.
 */
class DurableAffairsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("320114001001");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private final SansheJdbc jdbc = Tables.fresh();
  private final MutableClock clock = MutableClock.at(T0, ZoneOffset.UTC);

  /** The desks of one server process over the database: nothing kept in memory. */
  private final class Server {
    final JdbcMatters matters;
    final JdbcEscalationCases cases;
    final JdbcConsultations consultations;
    final Intake intake;
    final EscalationDesk ladder;
    final ConsultationDesk councils;

    Server(SansheJdbc db, String run) {
      matters = JdbcMatters.open(db);
      cases = JdbcEscalationCases.open(db);
      consultations = JdbcConsultations.open(db);
      intake = new Intake(matters, clock, IdSource.sequential(run + "-m"));
      ladder =
          EscalationDesk.builder(cases, matters)
              .deadlines(EscalationDeadlines.standard())
              .clock(clock)
              .ids(IdSource.sequential(run + "-c"))
              .build();
      councils =
          ConsultationDesk.builder(consultations, matters)
              .rules(ConsultationRules.standard())
              .clock(clock)
              .ids(IdSource.sequential(run + "-k"))
              .build();
    }
  }

  private static MatterReport report(String summary) {
    return new MatterReport(
        Channel.HOTLINE_12345,
        MatterCategory.of("lighting"),
        Place.of(COMMUNITY, "G03", "B12"),
        Reporter.of("王五", "13900001111"),
        Urgency.URGENT,
        summary,
        T0);
  }

  private record Before(
      List<Object> matters, Object escalation, Object consultation, TriageReport report) {}

  /** A month of affairs on the first server; returns what the database should hold. */
  private Before aMonthOfAffairs(Server first) {
    MatterId lamp = first.intake.record(ActorId.of("clerk-1"), report("路灯不亮")).matter();
    MatterId lane = first.intake.record(ActorId.of("clerk-1"), report("消防通道堵塞")).matter();
    first.intake.triage(lamp, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转照明部门");
    first.intake.triage(lane, ActorId.of("clerk-1"), ResolutionPath.COMMUNITY_DELIBERATION, "议事会");
    CaseId c = first.ladder.open(lamp, Level.VOLUNTEER).caseId();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    first.ladder.escalateOverdue(clock.instant());
    ConsultationId k =
        first.councils.propose(ConsultationForm.DIALOGUE, "消防通道整治", lane).consultation();
    first.councils.accept(k);
    first.councils.publish(k);
    first.councils.join(k, Participant.of("rc-1", Party.RESIDENTS_COMMITTEE));
    first.councils.join(k, Participant.of("r-1", Party.RESIDENT));
    first.councils.startDeliberation(k);
    first.councils.recordMinutes(k, "rc-1", "同意划线");
    first.councils.decide(k, "划线并每周巡查", List.of());
    first.councils.publicize(k);
    first.councils.object(k, "巡查太少");
    return new Before(
        List.of(
            first.matters.find(lamp).orElseThrow().snapshot(),
            first.matters.find(lane).orElseThrow().snapshot()),
        first.cases.find(c).orElseThrow().snapshot(),
        first.consultations.find(k).orElseThrow().snapshot(),
        first.matters.triageReport(
            COMMUNITY, ReportPeriod.year(2026), ZONE, TriageTargets.preset622()));
  }

  private Before reread(Server s, Before before) {
    List<Object> matters =
        before.matters().stream()
            .map(
                m ->
                    (Object)
                        s.matters
                            .find(((org.sanshe.deliberation.affairs.MatterSnapshot) m).id())
                            .orElseThrow()
                            .snapshot())
            .toList();
    CaseId c =
        ((org.sanshe.deliberation.escalation.EscalationCaseSnapshot) before.escalation()).id();
    ConsultationId k =
        ((org.sanshe.deliberation.consultation.ConsultationSnapshot) before.consultation()).id();
    return new Before(
        matters,
        s.cases.find(c).orElseThrow().snapshot(),
        s.consultations.find(k).orElseThrow().snapshot(),
        s.matters.triageReport(
            COMMUNITY, ReportPeriod.year(2026), ZONE, TriageTargets.preset622()));
  }

  @Test
  void affairs_survive_a_restart_and_go_on_from_where_they_were() {
    Before before = aMonthOfAffairs(new Server(jdbc, "run1"));
    assertThat(before.report().recorded()).isEqualTo(2);

    Server second = new Server(Tables.secondServer(jdbc), "run2");
    assertThat(reread(second, before)).isEqualTo(before);
    CaseId c =
        ((org.sanshe.deliberation.escalation.EscalationCaseSnapshot) before.escalation()).id();
    ConsultationId k =
        ((org.sanshe.deliberation.consultation.ConsultationSnapshot) before.consultation()).id();
    assertThat(second.cases.open()).extracting(EscalationCase::id).containsExactly(c);
    second.ladder.close(c, "路灯已修复");
    second.councils.ruleOnObjection(k, 1, false, "已增加巡查频次");
    clock.advance(Duration.ofDays(8));
    second.councils.startImplementing(k);

    Server third = new Server(Tables.secondServer(jdbc), "run3");
    assertThat(third.cases.open()).isEmpty();
    EscalationCase closed = third.cases.find(c).orElseThrow();
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.level()).isEqualTo(Level.SOCIAL_WORKER);
    assertThat(closed.trail()).hasSize(3);
    Consultation k3 = third.consultations.find(k).orElseThrow();
    assertThat(k3.status()).isEqualTo(Status.IMPLEMENTING);
    assertThat(k3.version()).isEqualTo(12);
    assertThat(k3.statusChanges()).extracting(s -> s.to()).endsWith(Status.IMPLEMENTING);
    // ids repeated by a restarted id source cannot overwrite what is stored
    Server again = new Server(Tables.secondServer(jdbc), "run1");
    assertThatThrownBy(() -> again.intake.record(ActorId.of("clerk-1"), report("重复编号")))
        .hasMessageStartingWith("[AFFAIRS_MATTER_DUPLICATE]");
    assertThat(third.matters.all()).hasSize(2);
  }

  @Test
  void a_stopped_database_refuses_commands_changes_nothing_and_works_again_after() {
    Server server = new Server(jdbc, "run1");
    Before before = aMonthOfAffairs(server);
    CaseId c =
        ((org.sanshe.deliberation.escalation.EscalationCaseSnapshot) before.escalation()).id();
    ConsultationId k =
        ((org.sanshe.deliberation.consultation.ConsultationSnapshot) before.consultation()).id();

    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> server.ladder.close(c, "路灯已修复"))
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_UNAVAILABLE))
          .hasMessageNotContaining("路灯");
      assertThatThrownBy(() -> server.councils.ruleOnObjection(k, 1, true, "采纳"))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> server.intake.record(ActorId.of("clerk-1"), report("停电")))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }

    assertThat(reread(new Server(Tables.secondServer(jdbc), "x"), before)).isEqualTo(before);
    server.ladder.close(c, "路灯已修复");
    server.councils.ruleOnObjection(k, 1, true, "采纳");
    assertThat(server.cases.find(c).orElseThrow().isClosed()).isTrue();
    assertThat(server.consultations.find(k).orElseThrow().status()).isEqualTo(Status.DELIBERATING);
  }

  @Test
  void texts_the_tables_cannot_hold_are_refused_by_code_and_nothing_is_written() {
    Server server = new Server(jdbc, "run1");
    String tooLong = "长".repeat(AffairsRows.MAX_TEXT + 1);
    assertThatThrownBy(() -> server.intake.record(ActorId.of("clerk-1"), report(tooLong)))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TEXT_TOO_LONG))
        .hasMessageNotContaining("长长");
    assertThat(server.matters.all()).isEmpty();
    Matter phone =
        Matter.record(
            MatterId.of("m-phone"),
            new MatterReport(
                Channel.GRID,
                MatterCategory.of("noise"),
                Place.of(COMMUNITY),
                Reporter.of("赵六", "1".repeat(33)),
                Urgency.ROUTINE,
                "噪音",
                T0),
            ActorId.of("clerk-1"),
            T0);
    assertThatThrownBy(() -> server.matters.add(phone))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_TEXT_TOO_LONG))
        .hasMessageNotContaining("111");
    assertThat(server.matters.find(MatterId.of("m-phone"))).isEmpty();
  }

  @Test
  void rows_this_version_cannot_read_and_missing_or_newer_schemas_are_refused_by_code()
      throws Exception {
    Server server = new Server(jdbc, "run1");
    MatterId m = server.intake.record(ActorId.of("clerk-1"), report("路灯不亮")).matter();
    execute("UPDATE " + jdbc.table("af_matter") + " SET channel_code = 99");
    assertThatThrownBy(() -> server.matters.find(m))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
    for (String text : new String[] {"NULL", "'not a code'"}) {
      execute(
          "UPDATE " + jdbc.table("af_matter") + " SET channel_code = 0, channel_text = " + text);
      assertThatThrownBy(() -> server.matters.find(m))
          .as("an integrator-defined channel without a well-formed code")
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
    }

    SansheJdbc empty =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    assertThatThrownBy(() -> JdbcMatters.open(empty))
        .isInstanceOfSatisfying(
            JdbcException.class, e -> assertThat(e.errorCode().code()).startsWith("JDBC_SCHEMA_"));

    execute(
        "INSERT INTO "
            + jdbc.table("schema_history")
            + " (component, version, description, checksum, applied_at)"
            + " VALUES ('affairs', 4, 'from a newer release', 0, 0)");
    assertThatThrownBy(() -> JdbcConsultations.open(jdbc))
        .isInstanceOfSatisfying(
            JdbcException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_NEWER));
  }

  @Test
  void a_read_never_mixes_two_versions_of_a_consultation_being_written() throws Exception {
    Server writer = new Server(jdbc, "w");
    ConsultationId k =
        writer.councils.propose(ConsultationForm.ONLINE, "楼道堆物整治", null).consultation();
    writer.councils.accept(k);
    writer.councils.publish(k);
    writer.councils.join(k, Participant.of("rc-1", Party.RESIDENTS_COMMITTEE));
    writer.councils.join(k, Participant.of("r-1", Party.RESIDENT));
    writer.councils.startDeliberation(k);
    long base = 6; // the version once deliberation started, before any minutes
    int writes = 60;
    Thread t =
        new Thread(
            () -> {
              for (int i = 0; i < writes; i++) {
                writer.councils.recordMinutes(k, "r-1", "第 " + i + " 条");
              }
            });
    JdbcConsultations reader = JdbcConsultations.open(Tables.secondServer(jdbc));
    t.start();
    int reads = 0;
    while (t.isAlive() || reads < 10) {
      Consultation c = reader.find(k).orElseThrow();
      assertThat(c.minutes()).hasSize((int) (c.version() - base));
      reads++;
    }
    t.join();
    assertThat(reader.find(k).orElseThrow().minutes()).hasSize(writes);
  }

  private void execute(String sql) {
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
          }
          return null;
        });
  }
}
