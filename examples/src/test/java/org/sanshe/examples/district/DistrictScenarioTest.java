package org.sanshe.examples.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistrictScenarioTest {

  private record FakeStep(String key, boolean pass, boolean explode) implements Step {
    @Override
    public String title() {
      return "Fake " + key;
    }

    @Override
    public String titleZh() {
      return "假步骤";
    }

    @Override
    public void run(District district, StepResult.Builder out) {
      out.columns("a").row("1");
      if (explode) {
        throw new IllegalStateException("boom");
      }
      out.check("it passes", pass);
    }
  }

  private static String text(ScenarioReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextReport.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_failed_check_or_an_exception_marks_the_step_failed_and_later_steps_still_run() {
    ScenarioReport report =
        new DistrictScenario(
                List.of(
                    new FakeStep("good", true, false),
                    new FakeStep("bad", false, false),
                    new FakeStep("broken", true, true),
                    new FakeStep("after", true, false)))
            .run();
    assertThat(report.steps())
        .extracting(StepResult::status)
        .containsExactly("OK", "FAILED", "FAILED", "OK");
    assertThat(report.failures()).isEqualTo(2);
    assertThat(report.steps().get(2).error()).contains("IllegalStateException: boom");
    assertThat(text(report))
        .contains("== 2. Fake bad 假步骤 [FAILED] ==")
        .contains("[FAILED] stopped: IllegalStateException: boom")
        .contains("2 of 4 steps FAILED");
    assertThat(JsonReport.render(report))
        .contains("\"status\" : \"FAILED\"", "\"failedSteps\" : 2");
  }

  @Test
  void a_step_without_checks_is_not_ok() {
    Step silent =
        new Step() {
          @Override
          public String key() {
            return "silent";
          }

          @Override
          public String title() {
            return "Silent";
          }

          @Override
          public String titleZh() {
            return "无检查";
          }

          @Override
          public void run(District district, StepResult.Builder out) {}
        };
    assertThat(new DistrictScenario(List.of(silent)).run().failures()).isEqualTo(1);
  }

  @Test
  void a_note_is_one_line_printed_after_the_figures_and_kept_in_the_json() {
    Step explained =
        new Step() {
          @Override
          public String key() {
            return "explained";
          }

          @Override
          public String title() {
            return "Explained";
          }

          @Override
          public String titleZh() {
            return "有说明";
          }

          @Override
          public void run(District district, StepResult.Builder out) {
            out.figure("x", 1).note("x counts the things").check("it passes", true);
            assertThatThrownBy(() -> out.note("two\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
          }
        };
    ScenarioReport report = new DistrictScenario(List.of(explained)).run();
    assertThat(report.failures()).isZero();
    assertThat(report.steps().get(0).notes()).containsExactly("x counts the things");
    assertThat(text(report)).contains("  x: 1\n  note 说明: x counts the things\n  [ok] it passes");
    assertThat(JsonReport.render(report)).contains("\"notes\" : [ \"x counts the things\" ]");
  }

  @Test
  void wide_characters_take_two_columns_in_tables() {
    assertThat(TextReport.width("雨花 ab")).isEqualTo(7);
  }

  @Test
  void the_scenario_clock_moves_only_forward_and_its_zoned_copies_follow_it() {
    ScenarioClock clock = new ScenarioClock(DistrictData.START, DistrictData.ZONE);
    Clock utc = clock.withZone(ZoneOffset.UTC);
    clock.advance(Duration.ofHours(1));
    clock.advanceTo(DistrictData.START);
    assertThat(utc.instant()).isEqualTo(DistrictData.START.plusSeconds(3600));
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
