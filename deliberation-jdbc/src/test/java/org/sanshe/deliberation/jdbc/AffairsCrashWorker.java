package org.sanshe.deliberation.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Channel;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterCategory;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.Reporter;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.consultation.ConsultationDesk;
import org.sanshe.deliberation.consultation.ConsultationId;
import org.sanshe.deliberation.consultation.ConsultationRules;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.outbox.JdbcOutbox;
import org.sanshe.jdbc.testing.UrlDataSource;

/**
 * The child process of {@link AffairsCrashTest}: records and triages matters and records minutes on
 * one consultation, with the outbox, from two threads as fast as the database allows, printing
 * {@code ACK <matter id>} once a matter is triaged, until it is killed. Arguments: JDBC URL, table
 * prefix, run tag, consultation id.
 */
public final class AffairsCrashWorker {

  private AffairsCrashWorker() {}

  /**
   * Runs the worker.
   *
   * @param args URL, prefix, run tag, consultation id
   */
  public static void main(String[] args) {
    SansheJdbc jdbc = SansheJdbc.builder(new UrlDataSource(args[0])).tablePrefix(args[1]).build();
    JdbcOutbox outbox = JdbcOutbox.open(jdbc);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    JdbcMatters matters = JdbcMatters.open(jdbc, outbox);
    Intake intake = new Intake(matters, clock, IdSource.sequential(args[2]));
    ConsultationDesk desk =
        ConsultationDesk.builder(JdbcConsultations.open(jdbc, outbox), matters)
            .rules(ConsultationRules.standard())
            .clock(clock)
            .ids(IdSource.sequential("unused"))
            .build();
    ConsultationId k = ConsultationId.of(args[3]);
    Runnable recording =
        () -> {
          while (true) {
            MatterId m =
                intake
                    .record(
                        ActorId.of("clerk-1"),
                        new MatterReport(
                            Channel.GRID,
                            MatterCategory.of("lighting"),
                            Place.of(DivisionCode.parse("320114001001")),
                            Reporter.anonymous(),
                            Urgency.ROUTINE,
                            "路灯不亮",
                            clock.instant()))
                    .matter();
            intake.triage(m, ActorId.of("clerk-1"), ResolutionPath.REFERRAL, "转照明部门");
            synchronized (System.out) {
              System.out.println("ACK " + m.value());
              System.out.flush();
            }
          }
        };
    Runnable minutes =
        () -> {
          for (int i = 0; ; i++) {
            desk.recordMinutes(k, "r-1", "第 " + i + " 条");
          }
        };
    new Thread(recording, "recording").start();
    new Thread(minutes, "minutes").start();
  }
}
