package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.deliberation.consultation.Consultation;
import org.sanshe.deliberation.consultation.ConsultationForm;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.deliberation.consultation.Participant;
import org.sanshe.deliberation.consultation.Party;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.SansheJdbc;

/** Integrator-defined consultation forms in the database (schema component consultation-forms). */
class DurableConsultationFormsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final ConsultationForm COURTYARD = ConsultationForm.of("courtyard-talk");
  private static final ConsultationRules RULES =
      ConsultationRules.forForms(
          Map.of(COURTYARD, EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.RESIDENT)),
          Duration.ofDays(7));

  private final SansheJdbc jdbc = Tables.fresh();

  private Consultation deliberating(JdbcConsultations store, String id) {
    Instant t = T0;
    Consultation c = Consultation.propose(ConsultationId.of(id), COURTYARD, "楼道堆物", null, RULES, t);
    c.accept(t = t.plusSeconds(1));
    c.publish(t = t.plusSeconds(1));
    c.join(Participant.of("rc-1", Party.RESIDENTS_COMMITTEE), t = t.plusSeconds(1));
    c.join(Participant.of("r-1", Party.RESIDENT), t = t.plusSeconds(1));
    c.startDeliberation(t.plusSeconds(1));
    store.add(c);
    return store.find(c.id()).orElseThrow();
  }

  @Test
  void a_read_racing_another_servers_writes_sees_the_form_and_its_rules_whole() throws Exception {
    JdbcConsultations writer = JdbcConsultations.open(Tables.secondServer(jdbc));
    JdbcConsultations reader = JdbcConsultations.open(jdbc);
    ConsultationId k = deliberating(writer, "k-yard").id();
    int writes = 40;
    Thread t =
        new Thread(
            () -> {
              Instant at = T0.plusSeconds(60);
              for (int i = 0; i < writes; i++) {
                Consultation c = writer.find(k).orElseThrow();
                c.recordMinutes("r-1", "第 " + i + " 条", at = at.plusSeconds(1));
                writer.update(c);
              }
            });
    t.start();
    int reads = 0;
    while (t.isAlive() || reads < 10) {
      Consultation c = reader.find(k).orElseThrow();
      assertThat(c.form()).isEqualTo(COURTYARD);
      assertThat(c.snapshot().rules()).isEqualTo(RULES);
      assertThat(c.minutes()).hasSize((int) (c.version() - 1));
      reads++;
    }
    t.join();
    assertThat(reader.find(k).orElseThrow().minutes()).hasSize(writes);
    assertThat(JdbcConsultations.open(Tables.secondServer(jdbc)).find(k).orElseThrow().snapshot())
        .isEqualTo(reader.find(k).orElseThrow().snapshot());
  }

  @Test
  void form_rows_this_version_cannot_read_are_refused_by_code() {
    JdbcConsultations store = JdbcConsultations.open(jdbc);
    ConsultationId k = deliberating(store, "k-bad").id();
    String con = jdbc.table("af_con");
    String freq = jdbc.table("af_con_freq");
    for (String text : new String[] {"NULL", "'not a code'", "'COUNCIL'"}) {
      execute("UPDATE " + con + " SET form_code = 0, form_text = " + text);
      assertThatThrownBy(() -> store.find(k))
          .as("form_text %s", text)
          .isInstanceOfSatisfying(
              SansheException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
    }
    execute("UPDATE " + con + " SET form_code = 0, form_text = 'courtyard-talk'");
    assertThat(store.find(k).orElseThrow().form()).isEqualTo(COURTYARD);
    execute("UPDATE " + freq + " SET form_text = 'HEARING'");
    assertThatThrownBy(() -> store.find(k))
        .as("a preset's requirement belongs in af_con.req_*")
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
    execute("UPDATE " + freq + " SET form_text = 'courtyard-talk', parties_text = 'NOBODY'");
    assertThatThrownBy(() -> store.find(k))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID));
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
