package org.sanshe.deliberation.affairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReporterTest {

  @Test
  void to_string_masks_the_name_and_the_phone_number() {
    Reporter reporter = Reporter.of("张三丰", "13812345678");
    assertThat(reporter.toString()).isEqualTo("Reporter[张**, 138****5678]");
    assertThat(reporter.toString()).doesNotContain("三丰").doesNotContain("1234");
    assertThat(reporter.name()).contains("张三丰");
  }

  @Test
  void a_report_shows_only_the_masked_reporter() {
    MatterReport report = AffairsFixtures.parkingReport(AffairsFixtures.T0);
    assertThat(report.toString()).doesNotContain("张三丰").doesNotContain("13812345678");
    Matter matter =
        Matter.record(MatterId.of("m-1"), report, ActorId.of("clerk-1"), AffairsFixtures.T0);
    assertThat(matter.toString()).doesNotContain("张三丰").doesNotContain("13812345678");
  }

  @Test
  void short_numbers_keep_only_the_last_two_digits() {
    assertThat(Reporter.of("Li", "12345").maskedPhone()).contains("***45");
  }

  @Test
  void anonymous_reports_have_no_name() {
    assertThat(Reporter.anonymous().isAnonymous()).isTrue();
    assertThat(Reporter.anonymous().toString()).isEqualTo("Reporter[anonymous]");
    assertThat(Reporter.of("王五", null)).isEqualTo(Reporter.of("王五", null));
  }
}
