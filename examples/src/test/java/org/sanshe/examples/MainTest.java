package org.sanshe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.examples.district.DistrictData;
import org.sanshe.examples.district.DistrictScenario;
import org.sanshe.examples.district.ScenarioReport;
import org.sanshe.examples.district.StepResult;

class MainTest {

  private static final List<String> STEP_KEYS =
      List.of(
          "identifiers",
          "organizations",
          "volunteer-hours",
          "gift-to-parent",
          "book-and-redeem",
          "triage-622",
          "escalation",
          "owners-vote",
          "micro-fund",
          "satisfaction",
          "patrol-findings",
          "ledger-chain",
          "restart",
          "outbox");

  private record Run(int status, String out, String err) {}

  private static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void the_working_month_runs_every_step_without_a_failure() {
    ScenarioReport report = DistrictScenario.workingMonth().run();
    assertThat(report.steps()).extracting(StepResult::key).containsExactlyElementsOf(STEP_KEYS);
    assertThat(report.steps())
        .allSatisfy(
            step -> {
              assertThat(step.error()).as(step.key()).isEmpty();
              assertThat(step.checks()).as(step.key()).isNotEmpty().allMatch(c -> c.passed());
            });
    assertThat(report.failures()).isZero();
  }

  @Test
  void the_readme_command_runs_the_time_bank_on_an_embedded_postgresql_and_restarts_it() {
    Run run = main();
    assertThat(run.status()).isZero();
    assertThat(run.err())
        .contains("Starting an embedded PostgreSQL")
        .contains("Database: POSTGRESQL")
        .doesNotContain("failed");
    assertThat(run.out())
        .contains("storage 存储: POSTGRESQL (tables sanshe_*, ledger 320114)")
        .contains("[ok] the same accounts and balances after the restart")
        .contains("matter / MatterTriaged                   | 30")
        .contains("[ok] organizations, matters, cases and votes all wrote events")
        .contains("[ok] nothing is handed out again once acknowledged")
        .contains("All 14 steps OK 全部通过");
  }

  @Test
  void the_text_report_has_every_heading_and_the_key_figures() {
    Run run = main("--memory");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEqualTo("Running the month with the time bank in memory ...\n");
    for (StepResult step : DistrictScenario.workingMonth().run().steps()) {
      assertThat(run.out())
          .contains(
              "== " + step.number() + ". " + step.title() + " " + step.titleZh() + " [OK] ==");
    }
    assertThat(run.out())
        .contains("雨花街道社会组织服务中心", "hub grade 评估等级: FIVE_A")
        .contains("volunteer's balance 时间余额: 10h30m")
        .contains("recorded 受理: 30", "deliberation 协商: 18", "referral 转办: 6")
        .contains("use maintenance fund (item 5): adopted 通过")
        .contains("Equal Shares spends: 9000")
        .contains("Wang's composite 综合得分 (30/10/60): 94.0")
        .contains("events relayed 已转发事件: 87")
        .contains("All 14 steps OK 全部通过")
        .doesNotContain("FAILED");
  }

  @Test
  void the_text_report_explains_622_the_negative_issuance_and_the_chain_head_in_one_line_each() {
    List<String> lines = main().out().lines().toList();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("  note 说明: 622 is Yuhuatai's triage rule"))
        .singleElement()
        .asString()
        .contains("at least 60% are settled by community deliberation")
        .contains("at least 20% by social organizations' services")
        .contains("at most 20% are referred to departments");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("  note 说明: issuance is negative by design"))
        .singleElement()
        .asString()
        .contains("holds minus the 12h00m the bank has issued");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("  note 说明: the chain head is the SHA-256 hash"))
        .hasSize(1);
    assertThat(lines).contains("  issuance            | ISSUANCE       | -12h00m");
  }

  @Test
  void the_json_report_parses_and_every_step_is_ok() throws Exception {
    Run run = main("--json", "--memory");
    assertThat(run.status()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("status").asText()).isEqualTo("OK");
    assertThat(root.get("failedSteps").asInt()).isZero();
    assertThat(root.get("district").asText()).isEqualTo("320114");
    List<String> keys = new ArrayList<>();
    for (JsonNode step : root.get("steps")) {
      keys.add(step.get("key").asText());
      assertThat(step.get("status").asText()).as(step.get("key").asText()).isEqualTo("OK");
      assertThat(step.get("checks")).isNotEmpty();
    }
    assertThat(keys).containsExactlyElementsOf(STEP_KEYS);
    JsonNode chain = root.get("steps").get(STEP_KEYS.indexOf("ledger-chain"));
    assertThat(chain.get("notes")).hasSize(2);
    assertThat(chain.get("notes").get(0).asText()).startsWith("issuance is negative by design");
    JsonNode vote = root.get("steps").get(STEP_KEYS.indexOf("owners-vote"));
    assertThat(vote.get("figures").get("use maintenance fund (item 5)").asText())
        .isEqualTo("adopted 通过");
  }

  @Test
  void the_report_is_the_same_on_every_run() {
    assertThat(main("--memory").out()).isEqualTo(main("--memory").out());
    assertThat(main("--json", "--memory").out()).isEqualTo(main("--json", "--memory").out());
  }

  @Test
  void no_whole_resident_id_or_phone_number_is_printed() {
    for (String output : List.of(main("--memory").out(), main("--json", "--memory").out())) {
      assertThat(output).doesNotContain(DistrictData.volunteerIdNumberText());
      for (String phone : DistrictData.REPORTER_PHONES) {
        assertThat(output).doesNotContain(phone);
      }
      assertThat(output)
          .doesNotContainPattern("\\b\\d{17}[\\dX]\\b")
          .doesNotContainPattern("\\b1\\d{10}\\b");
    }
  }

  @Test
  void an_unknown_argument_prints_the_usage_and_exits_with_2() {
    Run run = main("--xml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("usage");
    assertThat(run.out()).isEmpty();
  }
}
