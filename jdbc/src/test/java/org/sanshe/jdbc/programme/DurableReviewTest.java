package org.sanshe.jdbc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceScreen;
import org.sanshe.core.registry.project.Need;
import org.sanshe.core.registry.project.NeedChannel;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.Expert;
import org.sanshe.core.registry.review.ExpertRoster;
import org.sanshe.jdbc.JdbcError;
import org.sanshe.jdbc.JdbcException;
import org.sanshe.jdbc.SansheJdbc;
import org.sanshe.jdbc.testing.TestDatabase;

/** Guidance lists and expert rosters across restarts, outages, broken rows and missing tables. */
class DurableReviewTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final DivisionCode DISTRICT = DivisionCode.parse("320114");
  private static final OrganizationId APPLICANT = new OrganizationId("org-1");

  private final SansheJdbc jdbc = ReviewTables.fresh();
  private final JdbcGuidanceLists lists = JdbcGuidanceLists.open(jdbc);
  private final JdbcExpertRosters rosters = JdbcExpertRosters.open(jdbc);

  private static GuidanceList guidance() {
    return GuidanceList.screen(
        DISTRICT,
        2026,
        List.of(
            new Need(
                new NeedId("n-1"),
                NeedChannel.HOTLINE_12345,
                ServiceDomain.ELDERLY_CARE,
                DivisionCode.parse("320114001001"),
                LocalDate.of(2025, 11, 3),
                "老旧小区加装扶手".repeat(1_000)),
            new Need(
                new NeedId("n-2"),
                NeedChannel.VISIT,
                ServiceDomain.YOUTH,
                DivisionCode.parse("320114002001"),
                LocalDate.of(2025, 12, 1),
                "四点半课堂")),
        GuidanceScreen.defaults(),
        "screener",
        AT);
  }

  private static ExpertRoster roster() {
    return ExpertRoster.open(
            DISTRICT,
            2026,
            List.of(
                new Expert("e-1", List.of()),
                new Expert("e-2", List.of(APPLICANT)),
                new Expert("e-3", List.of()),
                new Expert("e-4", List.of(new OrganizationId("org-2")))),
            "officer",
            AT)
        .draw(new ProjectId("p-1"), ReviewStage.APPROVAL, APPLICANT, 2, 42L, "officer", AT);
  }

  private static SansheJdbc restarted(SansheJdbc jdbc) {
    return SansheJdbc.builder(new org.sanshe.jdbc.testing.UrlDataSource(TestDatabase.jdbcUrl()))
        .tablePrefix(jdbc.tablePrefix())
        .build();
  }

  @Test
  void a_restarted_store_reads_every_list_and_roster_back() {
    GuidanceList g = guidance();
    lists.add(g);
    lists.update(lists.find(DISTRICT, 2026).orElseThrow().fund(new NeedId("n-1"), "o", AT));
    ExpertRoster r = roster();
    rosters.add(r);
    SansheJdbc again = restarted(jdbc);
    assertThat(JdbcGuidanceLists.open(again).find(DISTRICT, 2026).orElseThrow())
        .isEqualTo(lists.find(DISTRICT, 2026).orElseThrow());
    assertThat(
            JdbcGuidanceLists.open(again)
                .find(DISTRICT, 2026)
                .orElseThrow()
                .entry(new NeedId("n-1"))
                .orElseThrow()
                .need()
                .description())
        .hasSize(8_000);
    ExpertRoster read = JdbcExpertRosters.open(again).find(DISTRICT, 2026).orElseThrow();
    assertThat(read.snapshot()).isEqualTo(r.snapshot().withVersion(1));
    assertThat(read.panels().get(0).redraw(read.pool())).isEqualTo(read.panels().get(0));
  }

  @Test
  void a_stopped_database_is_a_coded_unavailable_error_that_changes_nothing() {
    lists.add(guidance());
    rosters.add(roster());
    GuidanceList v1 = lists.find(DISTRICT, 2026).orElseThrow();
    ExpertRoster r1 = rosters.find(DISTRICT, 2026).orElseThrow();
    GuidanceList funded = v1.fund(new NeedId("n-2"), "o", AT);
    ExpertRoster drawn =
        r1.draw(new ProjectId("p-2"), ReviewStage.FINAL, APPLICANT, 3, 7L, "officer", AT);
    TestDatabase.stop();
    try {
      assertThatThrownBy(() -> lists.update(funded))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> rosters.update(drawn))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
      assertThatThrownBy(() -> rosters.find(DISTRICT, 2026))
          .isInstanceOfSatisfying(JdbcException.class, e -> assertThat(e.isUnavailable()).isTrue());
    } finally {
      TestDatabase.start();
    }
    assertThat(lists.find(DISTRICT, 2026).orElseThrow()).isEqualTo(v1);
    assertThat(rosters.find(DISTRICT, 2026).orElseThrow()).isEqualTo(r1);
    lists.update(funded);
    rosters.update(drawn);
    assertThat(rosters.find(DISTRICT, 2026).orElseThrow().panels()).hasSize(2);
    assertThat(lists.find(DISTRICT, 2026).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void a_row_another_program_broke_is_a_coded_error_naming_the_column_not_the_value() {
    lists.add(guidance());
    rosters.add(roster());
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE " + jdbc.table("gd_need") + " SET status = 'BOGUS'")) {
            return s.executeUpdate();
          }
        });
    assertThatThrownBy(() -> lists.find(DISTRICT, 2026))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID))
        .hasMessageContaining("status")
        .hasMessageNotContaining("BOGUS");
    // an expert who is not in the roster written into a panel by hand: refused, not trusted
    jdbc.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE " + jdbc.table("rv_panel") + " SET drawn = 'e-1 e-9', seated = NULL")) {
            return s.executeUpdate();
          }
        });
    assertThatThrownBy(() -> rosters.find(DISTRICT, 2026))
        .isInstanceOfSatisfying(
            SansheException.class,
            e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_ROW_INVALID))
        .hasMessageNotContaining("e-9");
  }

  @Test
  void open_refuses_tables_that_were_never_created() {
    SansheJdbc empty =
        SansheJdbc.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix())
            .build();
    for (Callable<?> open :
        List.<Callable<?>>of(
            () -> JdbcGuidanceLists.open(empty), () -> JdbcExpertRosters.open(empty))) {
      assertThatThrownBy(open::call)
          .isInstanceOfSatisfying(
              JdbcException.class,
              e -> assertThat(e.errorCode()).isEqualTo(JdbcError.JDBC_SCHEMA_TABLE_MISSING));
    }
  }
}
