package org.sanshe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.CivilAffairsCategory;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionKind;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.registry.organization.OrganizationStatus;
import org.sanshe.core.satisfaction.grade.Grade;
import org.sanshe.core.satisfaction.grade.Grading;
import org.sanshe.deliberation.affairs.TriageReport;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ownersvote.VoteDecision;
import org.sanshe.examples.snippets.BudgetingSnippets;
import org.sanshe.examples.snippets.CoreSnippets;
import org.sanshe.examples.snippets.DeliberationSnippets;
import org.sanshe.examples.snippets.RegistrySnippets;
import org.sanshe.examples.snippets.SatisfactionSnippets;
import org.sanshe.examples.snippets.TimeBankSnippets;
import org.sanshe.timebank.credit.TimeCredit;

/**
 * Keeps the README honest: every {@code <!-- snippet: name -->} block in README.md must equal the
 * region tagged {@code name} in the examples' snippet sources (main and test), which compile with
 * the build and run in tests.
 */
class ReadmeSnippetsTest {

  private static final Pattern README_BLOCK =
      Pattern.compile("<!-- snippet: ([a-z-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SOURCE_REGION =
      Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  void every_readme_snippet_is_the_compiled_source_region_of_the_same_name() throws IOException {
    Path root = projectRoot();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> regions = new LinkedHashMap<>();
    for (String dir :
        List.of(
            "examples/src/main/java/org/sanshe/examples/snippets",
            "examples/src/test/java/org/sanshe/examples/snippets")) {
      if (!Files.isDirectory(root.resolve(dir))) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = SOURCE_REGION.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            regions.put(m.group(1), dedent(m.group(2)));
          }
        }
      }
    }
    Matcher m = README_BLOCK.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      seen.add(name);
      assertThat(regions).as("source region for README snippet " + name).containsKey(name);
      assertThat(dedent(m.group(2)).strip())
          .as("README snippet " + name)
          .isEqualTo(regions.get(name).strip());
    }
    assertThat(seen).as("README snippets").containsExactlyInAnyOrderElementsOf(regions.keySet());
  }

  @Test
  void the_json_snippet_does_what_its_comments_say() throws Exception {
    assertThat(org.sanshe.examples.snippets.JsonSnippets.json())
        .containsExactly(
            "{\"minutes\":150,\"display\":\"2h30m\"}",
            400,
            "DOCUMENT_WRONG_TYPE",
            "minutes 的 JSON 类型不正确");
  }

  @Test
  void the_core_snippet_does_what_its_comments_say() {
    assertThat(CoreSnippets.identifiers())
        .containsExactly(
            CivilAffairsCategory.FOUNDATION,
            DivisionKind.TOWN,
            "USCC_CHECK_CHARACTER",
            "校验码错误：第 18 位应为 P，实际为 T（GB 32100-2015）");
  }

  @Test
  void the_registry_snippet_does_what_its_comments_say() {
    assertThat(RegistrySnippets.organizations())
        .containsExactly(
            "org-1", OrganizationStatus.ACTIVE, Map.of(DivisionCode.parse("320114001"), 1L));
  }

  @Test
  void the_time_bank_snippet_does_what_its_comments_say() {
    assertThat(TimeBankSnippets.ledger())
        .containsExactly(TimeCredit.ofHoursAndMinutes(2, 30), TimeCredit.ofHours(1), true);
  }

  @Test
  void the_durable_time_bank_snippet_finds_everything_again_after_a_restart() {
    java.time.Clock clock =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-03-02T01:00:00Z"), java.time.ZoneOffset.UTC);
    assertThat(
            org.sanshe.examples.snippets.DurableSnippets.timeBankOn(
                org.sanshe.jdbc.testing.TestDatabase.dataSource(), clock))
        .containsExactly(true, "volunteer-wang", 3);
  }

  @Test
  void the_satisfaction_snippet_does_what_its_comments_say() {
    Grading grading = SatisfactionSnippets.grading();
    assertThat(grading).isInstanceOf(Grading.Graded.class);
    Grading.Graded graded = (Grading.Graded) grading;
    assertThat(graded.value()).isEqualTo(Fraction.of(92));
    assertThat(graded.grade()).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void the_affairs_snippet_does_what_its_comments_say() {
    TriageReport march = DeliberationSnippets.affairs();
    assertThat(march.recorded()).isEqualTo(1);
    assertThat(march.referral()).isEqualTo(1);
    assertThat(march.allHold()).isFalse();
    assertThat(march.toString()).doesNotContain("13905170002").doesNotContain("李秀英");
  }

  @Test
  void the_owners_vote_snippet_does_what_its_comments_say() {
    VoteDecision decision = DeliberationSnippets.ownersVote();
    assertThat(decision.adopted()).isTrue();
    assertThat(decision.checks()).hasSize(4).allMatch(c -> c.passed());
    assertThat(decision.explain()).contains("participation by area");
  }

  @Test
  void the_budgeting_snippet_does_what_its_comments_say() {
    assertThat(BudgetingSnippets.microFund())
        .containsExactly(
            List.of(CandidateId.of("benches"), CandidateId.of("lights"), CandidateId.of("shelter")),
            List.of(
                CandidateId.of("benches"), CandidateId.of("lights"), CandidateId.of("playground")));
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }

  private static Path projectRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("project root").isNotNull();
    return dir;
  }

  @Test
  void the_funds_snippet_does_what_its_comments_say() {
    assertThat(org.sanshe.examples.snippets.FundSnippets.foundationAndMeals())
        .containsExactly(
            org.sanshe.core.money.Money.parse("380000.00"),
            2,
            org.sanshe.core.money.Money.ZERO,
            org.sanshe.core.money.Money.parse("15.00"));
  }
}
