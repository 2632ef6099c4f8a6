package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.escalation.CaseId;
import org.sanshe.deliberation.escalation.EscalationCase;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.Level;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.TransactionMode;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.TestDatabase;
import org.sanshe.jdbc.testing.UrlDataSource;

/**
 * The JDBC stores write the events of a save to the outbox in the same transaction: a success
 * appends them in order at the version stored, a refused save appends nothing, and an outbox write
 * that fails rolls the aggregate's write back.
 */
class AffairsOutboxWiringTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private final SansheJdbc jdbc = Tables.fresh();
  private final JdbcOutbox outbox;

  AffairsOutboxWiringTest() {
    JdbcOutbox.migrate(jdbc);
    outbox = JdbcOutbox.open(jdbc);
  }

  private static Matter matter(String id) {
    return Matter.record(
        MatterId.of(id),
        new MatterReport(
            Channel.APP,
            MatterCategory.of("parking"),
            Place.of(DivisionCode.parse("320114001001")),
            Reporter.anonymous(),
            Urgency.ROUTINE,
            "占道停车",
            T0),
        ActorId.of("clerk-1"),
        T0);
  }

  private List<String> ids() {
    return outbox.read("test", 100).stream().map(OutboxEntry::eventId).toList();
  }

  @Test
  void a_saved_matter_writes_its_events_and_a_refused_save_writes_none() {
    JdbcMatters matters = JdbcMatters.open(jdbc, outbox);
    matters.add(matter("m-1"));
    Matter first = matters.find(MatterId.of("m-1")).orElseThrow();
    Matter second = matters.find(MatterId.of("m-1")).orElseThrow();
    first.triage(ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转派", T0.plusSeconds(5));
    matters.update(first);
    second.triage(
        ActorId.of("clerk-1"), ResolutionPath.COMMUNITY_DELIBERATION, "议事", T0.plusSeconds(6));
    assertThatThrownBy(() -> matters.update(second))
        .hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    assertThatThrownBy(() -> matters.add(matter("m-1")))
        .hasMessageStartingWith("[AFFAIRS_MATTER_DUPLICATE]");
    List<OutboxEntry> entries = outbox.read("test", 100);
    assertThat(entries)
        .extracting(OutboxEntry::eventId)
        .containsExactly("matter:m-1:1:0", "matter:m-1:2:0");
    assertThat(entries)
        .extracting(OutboxEntry::eventType)
        .containsExactly("MatterRecorded", "MatterTriaged");
  }

  @Test
  void an_outbox_write_that_fails_rolls_the_aggregate_back() {
    JdbcMatters matters = JdbcMatters.open(jdbc, outbox);
    Matter m = matter("m-2");
    // the event id the add would write is taken: the outbox insert fails inside the add's
    // transaction
    jdbc.inTransaction(
        c -> {
          outbox.append(c, OutboxEvent.of("matter", "m-2", 1, m.pendingEvents(), e -> T0));
          return null;
        });
    assertThatThrownBy(() -> matters.add(m)).isInstanceOf(RuntimeException.class);
    assertThat(matters.find(MatterId.of("m-2"))).isEmpty();
    assertThat(ids()).containsExactly("matter:m-2:1:0");
  }

  @Test
  void cases_and_consultations_write_every_event_of_a_save_in_order() {
    JdbcEscalationCases cases = JdbcEscalationCases.open(jdbc, outbox);
    EscalationCase c =
        EscalationCase.open(
            CaseId.of("c-1"),
            MatterId.of("m-1"),
            Level.VOLUNTEER,
            EscalationDeadlines.standard(),
            T0);
    c.escalateOverdue(T0.plus(Duration.ofDays(5)));
    cases.add(c);
    assertThatThrownBy(() -> cases.update(c)).hasMessageStartingWith("[AFFAIRS_VERSION_CONFLICT]");
    JdbcConsultations consultations = JdbcConsultations.open(jdbc, outbox);
    Consultation k =
        Consultation.propose(
            ConsultationId.of("k-1"),
            ConsultationForm.ONLINE,
            "议题",
            null,
            ConsultationRules.standard(),
            T0);
    k.accept(T0.plusSeconds(1));
    consultations.add(k);
    // in order per aggregate (the outbox orders different aggregates by time)
    List<String> ids = ids();
    assertThat(ids).hasSize(5);
    assertThat(ids.stream().filter(id -> id.startsWith("escalation-case:")))
        .containsExactly(
            "escalation-case:c-1:1:0", "escalation-case:c-1:1:1", "escalation-case:c-1:1:2");
    assertThat(ids.stream().filter(id -> id.startsWith("consultation:")))
        .containsExactly("consultation:k-1:1:0", "consultation:k-1:1:1");
  }

  @Test
  void in_external_mode_a_save_and_its_events_join_the_callers_transaction() throws Exception {
    try (java.sql.Connection caller = new UrlDataSource(TestDatabase.jdbcUrl()).getConnection()) {
      caller.setAutoCommit(false);
      SansheJdbc external =
          SansheJdbc.builder(bound(caller))
              .tablePrefix(jdbc.tablePrefix())
              .transactionMode(TransactionMode.EXTERNAL)
              .build();
      JdbcMatters inCallers = JdbcMatters.open(external, JdbcOutbox.open(external));
      inCallers.add(matter("m-3"));
      caller.rollback(); // the caller's transaction fails after the add: neither is kept
      JdbcMatters matters = JdbcMatters.open(jdbc);
      assertThat(matters.find(MatterId.of("m-3"))).isEmpty();
      assertThat(ids()).isEmpty();
      inCallers.add(matter("m-3"));
      caller.commit();
      assertThat(matters.find(MatterId.of("m-3")).orElseThrow().version()).isEqualTo(1);
      assertThat(ids()).containsExactly("matter:m-3:1:0");
    }
  }

  /** A data source handing out the caller's connection, whose close() leaves it open. */
  private static javax.sql.DataSource bound(java.sql.Connection connection) {
    java.sql.Connection handle =
        (java.sql.Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                java.sql.Connection.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class},
                (p, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return new UrlDataSource(TestDatabase.jdbcUrl()) {
      @Override
      public java.sql.Connection getConnection() {
        return handle;
      }
    };
  }
}
