package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.deliberation.affairs.AffairsFixtures.COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.FAR_COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.OTHER_COMMUNITY;
import static org.sanshe.deliberation.affairs.AffairsFixtures.STREET;
import static org.sanshe.deliberation.affairs.AffairsFixtures.ZONE;
import static org.sanshe.deliberation.affairs.ResolutionPath.COMMUNITY_DELIBERATION;
import static org.sanshe.deliberation.affairs.ResolutionPath.REFERRAL;
import static org.sanshe.deliberation.affairs.ResolutionPath.SOCIAL_ORGANIZATION_SERVICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.kernel.Fraction;

class TriageTableTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final ReportPeriod MARCH = ReportPeriod.parse("2026-03-01/2026-03-31");

  private static TriageTable table(
      DivisionCode community, int deliberation, int service, int referral) {
    TriageTable table = TriageTable.create(ZONE);
    add(table, community, deliberation, service, referral);
    return table;
  }

  private static void add(
      TriageTable table, DivisionCode community, int deliberation, int service, int referral) {
    for (int i = 0; i < deliberation; i++) {
      table.add(community, DAY, COMMUNITY_DELIBERATION);
    }
    for (int i = 0; i < service; i++) {
      table.add(community, DAY, SOCIAL_ORGANIZATION_SERVICE);
    }
    for (int i = 0; i < referral; i++) {
      table.add(community, DAY, REFERRAL);
    }
  }

  @Test
  void exactly_sixty_twenty_twenty_meets_every_preset_target() {
    TriageReport report =
        table(COMMUNITY, 6, 2, 2).report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.check(COMMUNITY_DELIBERATION).share()).isEqualTo(Fraction.of(3, 5));
    assertThat(report.check(SOCIAL_ORGANIZATION_SERVICE).share()).isEqualTo(Fraction.of(1, 5));
    assertThat(report.check(REFERRAL).share()).isEqualTo(Fraction.of(1, 5));
    assertThat(report.checks()).allMatch(TargetCheck::holds);
    assertThat(report.allHold()).isTrue();
  }

  @Test
  void one_matter_moved_from_deliberation_to_referral_misses_two_targets() {
    TriageReport report =
        table(COMMUNITY, 5, 2, 3).report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.check(COMMUNITY_DELIBERATION).holds()).isFalse();
    assertThat(report.check(SOCIAL_ORGANIZATION_SERVICE).holds()).isTrue();
    assertThat(report.check(REFERRAL).holds()).isFalse();
    assertThat(report.check(REFERRAL).share()).isEqualTo(Fraction.of(3, 10));
    assertThat(report.allHold()).isFalse();
    assertThat(report.explain())
        .contains("COMMUNITY_DELIBERATION 5/10 = 1/2 AT_LEAST 3/5: missed")
        .contains("REFERRAL 3/10 = 3/10 AT_MOST 1/5: missed");
  }

  @Test
  void shares_are_exact_even_when_they_do_not_terminate() {
    // 2 of 3 deliberated: 2/3 is above 3/5; 1/3 referral is above 1/5.
    TriageReport report =
        table(COMMUNITY, 2, 0, 1).report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.check(COMMUNITY_DELIBERATION).share()).isEqualTo(Fraction.of(2, 3));
    assertThat(report.check(SOCIAL_ORGANIZATION_SERVICE).holds()).isFalse();
  }

  @Test
  void targets_are_configurable() {
    TriageTargets lenient = TriageTargets.of(Fraction.of(1, 2), Fraction.ZERO, Fraction.of(3, 10));
    TriageReport report = table(COMMUNITY, 5, 2, 3).report(COMMUNITY, MARCH, lenient);
    assertThat(report.allHold()).isTrue();
    assertThatThrownBy(() -> TriageTargets.of(Fraction.of(6, 5), Fraction.ZERO, Fraction.ZERO))
        .hasMessageStartingWith("[AFFAIRS_TARGET_INVALID]");
    assertThatThrownBy(() -> TriageTargets.of(Fraction.ONE, Fraction.of(-1, 5), Fraction.ZERO))
        .hasMessageStartingWith("[AFFAIRS_TARGET_INVALID]");
  }

  @Test
  void untriaged_matters_are_counted_but_not_in_the_shares() {
    TriageTable table = table(COMMUNITY, 3, 1, 1);
    table.add(COMMUNITY, DAY, null);
    TriageReport report = table.report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.untriaged()).isEqualTo(1);
    assertThat(report.recorded()).isEqualTo(6);
    assertThat(report.triaged()).isEqualTo(5);
    assertThat(report.check(COMMUNITY_DELIBERATION).share()).isEqualTo(Fraction.of(3, 5));
  }

  @Test
  void with_no_triaged_matter_at_least_targets_are_missed_and_at_most_targets_hold() {
    TriageReport report =
        TriageTable.create(ZONE).report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.recorded()).isZero();
    assertThat(report.check(COMMUNITY_DELIBERATION).holds()).isFalse();
    assertThat(report.check(REFERRAL).holds()).isTrue();
  }

  @Test
  void a_street_report_adds_up_its_communities_and_leaves_out_other_streets() {
    TriageTable table = table(COMMUNITY, 6, 2, 2);
    add(table, OTHER_COMMUNITY, 1, 1, 2);
    add(table, FAR_COMMUNITY, 0, 0, 7);
    TriageReport street = table.report(STREET, MARCH, TriageTargets.preset622());
    assertThat(street.deliberation()).isEqualTo(7);
    assertThat(street.service()).isEqualTo(3);
    assertThat(street.referral()).isEqualTo(4);
    assertThat(street.check(COMMUNITY_DELIBERATION).share()).isEqualTo(Fraction.of(1, 2));
  }

  @Test
  void reports_by_level_group_in_one_pass_and_agree_with_single_reports() {
    TriageTable table = table(COMMUNITY, 6, 2, 2);
    add(table, OTHER_COMMUNITY, 1, 1, 2);
    add(table, FAR_COMMUNITY, 0, 0, 7);
    List<TriageReport> communities =
        table.reportsBy(DivisionLevel.VILLAGE, MARCH, TriageTargets.preset622());
    assertThat(communities)
        .extracting(TriageReport::scope)
        .containsExactly(COMMUNITY, OTHER_COMMUNITY, FAR_COMMUNITY);
    for (TriageReport r : communities) {
      assertThat(r).isEqualTo(table.report(r.scope(), MARCH, TriageTargets.preset622()));
    }
    List<TriageReport> streets =
        table.reportsBy(DivisionLevel.TOWNSHIP, MARCH, TriageTargets.preset622());
    assertThat(streets)
        .extracting(r -> r.scope().toString())
        .containsExactly("320114001", "320114002");
    assertThat(streets.get(0)).isEqualTo(table.report(STREET, MARCH, TriageTargets.preset622()));
    assertThat(table.reportsBy(DivisionLevel.COUNTY, MARCH, TriageTargets.preset622()))
        .singleElement()
        .satisfies(r -> assertThat(r.recorded()).isEqualTo(21));
  }

  @Test
  void the_period_includes_both_ends_by_the_local_day_of_recording() {
    TriageTable table = TriageTable.create(ZONE);
    table.add(COMMUNITY, LocalDate.of(2026, 2, 28), REFERRAL);
    table.add(COMMUNITY, LocalDate.of(2026, 3, 1), COMMUNITY_DELIBERATION);
    table.add(COMMUNITY, LocalDate.of(2026, 3, 31), COMMUNITY_DELIBERATION);
    table.add(COMMUNITY, LocalDate.of(2026, 4, 1), REFERRAL);
    TriageReport report = table.report(COMMUNITY, MARCH, TriageTargets.preset622());
    assertThat(report.deliberation()).isEqualTo(2);
    assertThat(report.referral()).isZero();
  }

  @Test
  void a_matter_recorded_late_on_utc_day_counts_on_the_beijing_day() {
    Matter matter =
        Matter.record(
            MatterId.of("m-9"),
            AffairsFixtures.parkingReport(Instant.parse("2026-02-28T16:30:00Z")),
            ActorId.of("clerk-1"),
            Instant.parse("2026-02-28T16:30:00Z"));
    TriageTable table = TriageTable.of(List.of(matter), ZONE);
    assertThat(table.report(COMMUNITY, MARCH, TriageTargets.preset622()).untriaged()).isEqualTo(1);
  }

  @Test
  void rows_need_a_community_code() {
    assertThatThrownBy(() -> TriageTable.create(ZONE).add(STREET, DAY, REFERRAL))
        .hasMessageStartingWith("[AFFAIRS_PLACE_NOT_IN_COMMUNITY]");
  }
}
