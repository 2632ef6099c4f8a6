package org.sanshe.deliberation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterQuery;
import org.sanshe.deliberation.affairs.MatterStatus;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.migration.Migrator;
import org.sanshe.jdbc.migration.Schema;
import org.sanshe.jdbc.testing.TestDatabase;

/**
 * Rows written by schema {@code affairs} version 1 stay readable after version 2 (the matter
 * lifecycle): a triaged matter comes back triaged by an unrecorded actor, an untriaged one as
 * reported, and both go on through the lifecycle.
 */
class MatterLifecycleMigrationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456789Z");
  private static final ActorId WORKER = ActorId.of("worker-1");

  @Test
  void version_one_rows_read_back_and_go_on_after_the_lifecycle_migration() {
    SansheJdbc jdbc =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    Migrator.of(jdbc)
        .migrate(
            Schema.of(
                "affairs",
                AffairsRows.class.getClassLoader(),
                "META-INF/sanshe/schema/affairs",
                List.of("V1__affairs.sql")));
    String insert =
        "INSERT INTO "
            + jdbc.table("af_matter")
            + " (matter_id, version, community_code, street_code, district_code, grid_code,"
            + " building_code, channel_code, category_code, urgency_code, reporter_name,"
            + " reporter_phone, summary_text, reported_ms, reported_ns, recorded_ms, recorded_ns,"
            + " path_code, triage_reason, triaged_ms, triaged_ns)"
            + " VALUES (?, 3, '320114001001', '320114001', '320114', 'G1', NULL, 3, 'parking', 2,"
            + " '张三', '13812345678', '占道停车', ?, 0, ?, 0, ?, ?, ?, 0)";
    long ms = T0.toEpochMilli();
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement st = c.prepareStatement(insert)) {
            st.setString(1, "old-1");
            st.setLong(2, ms);
            st.setLong(3, ms);
            st.setInt(4, 3);
            st.setString(5, "转部门");
            st.setLong(6, ms + 60_000);
            st.executeUpdate();
            st.setString(1, "old-2");
            st.setInt(4, 0);
            st.setNull(5, java.sql.Types.VARCHAR);
            st.setNull(6, java.sql.Types.BIGINT);
            st.executeUpdate();
          }
          return null;
        });
    JdbcMatters.migrate(jdbc);
    JdbcMatters matters = JdbcMatters.open(jdbc);

    Matter triaged = matters.find(MatterId.of("old-1")).orElseThrow();
    assertThat(triaged.version()).isEqualTo(3);
    assertThat(triaged.recordedBy()).isEqualTo(ActorId.UNRECORDED);
    assertThat(triaged.status()).isEqualTo(MatterStatus.TRIAGED);
    assertThat(triaged.triage().orElseThrow().path()).isEqualTo(ResolutionPath.REFERRAL);
    assertThat(triaged.triage().orElseThrow().by()).isEqualTo(ActorId.UNRECORDED);
    Matter reported = matters.find(MatterId.of("old-2")).orElseThrow();
    assertThat(reported.status()).isEqualTo(MatterStatus.REPORTED);
    assertThat(reported.triage()).isEmpty();

    Instant at = T0.plus(Duration.ofHours(1));
    triaged.dispatch(WORKER, Handler.department("enforcement"), at.plus(Duration.ofDays(3)), at);
    triaged.start(WORKER, at);
    triaged.resolve(WORKER, ResolutionPath.COMMUNITY_DELIBERATION, "议事会解决", at);
    // a version-1 row knows no reporter's hash: nobody can give feedback on it
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> triaged.feedback(new HashedIdentity("d".repeat(64)), true, null, at))
        .hasMessageStartingWith("[AFFAIRS_FEEDBACK_NOT_REPORTER]");
    matters.update(triaged);
    Matter again = JdbcMatters.open(Tables.secondServer(jdbc)).find(triaged.id()).orElseThrow();
    assertThat(again.snapshot()).isEqualTo(triaged.snapshot().withVersion(4));
    assertThat(
            matters
                .settlementReport(
                    DivisionCode.parse("320114001"),
                    ReportPeriod.year(2026),
                    ZoneId.of("Asia/Shanghai"),
                    TriageTargets.preset622())
                .intended(ResolutionPath.REFERRAL))
        .isEqualTo(1);
    assertThat(
            matters.query(
                MatterQuery.ALL.withStatuses(java.util.Set.of(MatterStatus.REPORTED)), null, 10))
        .extracting(Matter::id)
        .containsExactly(MatterId.of("old-2"));
  }
}
