package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;
import static org.sanshe.deliberation.affairs.AffairsFixtures.ZONE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.kernel.Fraction;

class TriageTableProperties {

  private static final DivisionCode[] COMMUNITIES = {
    DivisionCode.parse("320114001001"),
    DivisionCode.parse("320114001002"),
    DivisionCode.parse("320114002001"),
    DivisionCode.parse("320115001001")
  };

  @Test
  void the_compact_report_equals_a_naive_count() {
    qt().forAll(
            lists().of(integers().between(0, 4 * 4 * 10 - 1)).ofSizeBetween(0, 60),
            integers().between(0, 9),
            integers().between(0, 9),
            integers().between(0, 3))
        .checkAssert(TriageTableProperties::compactReportEqualsANaiveCount);
  }

  private static void compactReportEqualsANaiveCount(
      List<Integer> rows, int from, int length, int scopeIndex) {
    LocalDate base = LocalDate.of(2026, 1, 1);
    TriageTable table = TriageTable.create(ZONE);
    for (int row : rows) {
      int pathIndex = row % 4;
      table.add(
          COMMUNITIES[(row / 4) % 4],
          base.plusDays(row / 16),
          pathIndex == 3 ? null : ResolutionPath.values()[pathIndex]);
    }
    ReportPeriod period = ReportPeriod.of(base.plusDays(from), base.plusDays(from + length));
    DivisionCode scope = COMMUNITIES[scopeIndex].parent().orElseThrow();
    long[] naive = new long[4];
    for (int row : rows) {
      LocalDate day = base.plusDays(row / 16);
      if (COMMUNITIES[(row / 4) % 4].isWithin(scope) && period.contains(day)) {
        naive[row % 4]++;
      }
    }
    TriageReport report = table.report(scope, period, TriageTargets.preset622());
    assertThat(
            new long[] {
              report.deliberation(), report.service(), report.referral(), report.untriaged()
            })
        .containsExactly(naive);
    Fraction sum = Fraction.ZERO;
    for (TargetCheck check : report.checks()) {
      sum = sum.plus(check.share());
    }
    assertThat(sum).isEqualTo(report.triaged() == 0 ? Fraction.ZERO : Fraction.ONE);
    long total =
        table.reportsBy(DivisionLevel.TOWNSHIP, period, TriageTargets.preset622()).stream()
            .mapToLong(TriageReport::recorded)
            .sum();
    assertThat(total)
        .isEqualTo(
            table.reportsBy(DivisionLevel.VILLAGE, period, TriageTargets.preset622()).stream()
                .mapToLong(TriageReport::recorded)
                .sum());
  }
}
