package org.sanshe.core.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.core.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.RegistryError;

class BurdenReportTest {

  static final DivisionCode COMMUNITY = AccessGateTest.COMMUNITY;
  static final DivisionCode OTHER = DivisionCode.parse("320114002002");

  static AccessDecision listed(DivisionCode c, LocalDate on) {
    return new AccessDecision.Listed(
        TaskRequest.of(TaskCode.of("T-001"), "区民政局", c, on), AccessGateTest.ELDERLY_SURVEY);
  }

  static AccessDecision refused(LocalDate on) {
    return new AccessDecision.Refused(
        TaskRequest.of(TaskCode.of("T-9"), "区城管局", COMMUNITY, on), RefusalReason.UNLISTED);
  }

  /** Accepted counts per year from 2020 on, as listed decisions on 1 March. */
  static List<AccessDecision> yearly(List<Integer> counts) {
    List<AccessDecision> out = new ArrayList<>();
    for (int y = 0; y < counts.size(); y++) {
      for (int k = 0; k < counts.get(y); k++) {
        out.add(listed(COMMUNITY, LocalDate.of(2020 + y, 3, 1)));
      }
    }
    return out;
  }

  static BurdenReport report(List<Integer> counts) {
    return BurdenReport.of(
        COMMUNITY,
        yearly(counts),
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2020 + counts.size(), 1, 1),
        ReportInterval.YEAR);
  }

  @Test
  void a_rise_after_a_reduction_is_flagged_as_rebound() {
    BurdenReport r = report(List.of(40, 25, 18, 22, 20));
    assertThat(r.rows()).extracting(BurdenReport.Row::accepted).containsExactly(40, 25, 18, 22, 20);
    assertThat(r.rebounds())
        .extracting(BurdenReport.Row::start)
        .containsExactly(LocalDate.of(2023, 1, 1));
    assertThat(r.reducedWithoutRebound()).isFalse();
  }

  @Test
  void a_rise_before_any_reduction_is_no_rebound() {
    BurdenReport r = report(List.of(10, 30, 20, 20));
    assertThat(r.rebounds()).isEmpty();
    assertThat(r.reducedWithoutRebound()).isTrue();
  }

  @Test
  void counts_split_by_decision_and_ignore_other_communities_and_dates() {
    List<AccessDecision> ds = new ArrayList<>();
    ds.add(listed(COMMUNITY, LocalDate.of(2026, 1, 5)));
    ds.add(refused(LocalDate.of(2026, 2, 5)));
    ds.add(listed(OTHER, LocalDate.of(2026, 1, 5)));
    ds.add(listed(COMMUNITY, LocalDate.of(2025, 12, 31)));
    BurdenReport r =
        BurdenReport.of(
            COMMUNITY,
            ds,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 7, 1),
            ReportInterval.QUARTER);
    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0))
        .isEqualTo(
            new BurdenReport.Row(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), 2, 1, 0, 1, false));
    assertThat(r.rows().get(1).received()).isZero();
  }

  @Test
  void a_backward_range_is_refused() {
    assertThatThrownBy(
            () ->
                BurdenReport.of(
                    COMMUNITY,
                    List.of(),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 1),
                    ReportInterval.MONTH))
        .extracting(e -> ((SansheException) e).errorCode())
        .isEqualTo(RegistryError.ORGANIZATION_DATE_ORDER);
  }

  @Test
  void a_never_rising_series_has_no_rebound_and_received_is_the_sum_of_the_parts() {
    qt(200)
        .forAll(lists().of(integers().between(0, 12)).ofSizeBetween(1, 12))
        .checkAssert(
            counts -> {
              List<Integer> sorted = new ArrayList<>(counts);
              sorted.sort((a, b) -> b - a);
              assertThat(report(sorted).rebounds()).isEmpty();
              BurdenReport any = report(counts);
              int total = 0;
              for (BurdenReport.Row row : any.rows()) {
                assertThat(row.received()).isEqualTo(row.listed() + row.approved() + row.refused());
                total += row.received();
              }
              assertThat(total).isEqualTo(counts.stream().mapToInt(Integer::intValue).sum());
            });
  }

  @Test
  void every_rebound_is_a_rise_and_follows_a_fall() {
    qt(300)
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(1, 10))
        .checkAssert(
            counts -> {
              List<BurdenReport.Row> rows = report(counts).rows();
              boolean fell = false;
              for (int i = 1; i < rows.size(); i++) {
                boolean rise = counts.get(i) > counts.get(i - 1);
                assertThat(rows.get(i).rebound()).isEqualTo(fell && rise);
                fell |= counts.get(i) < counts.get(i - 1);
              }
            });
  }
}
