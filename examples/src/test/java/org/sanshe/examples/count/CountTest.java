package org.sanshe.examples.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountTest {

  private record Run(int status, String out, String err) {}

  private static Run count(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Count.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String TENNESSEE =
      "{\"title\": \"Tennessee\"}\n{max_rating: 5}\n=Memph:[Memphis, TN]\n=Nash:[Nashville, TN]\n"
          + "=Chat:[Chattanooga, TN]\n=Knox:[Knoxville, TN]\n"
          + "42:Memph/5>Nash/2>Chat/1>Knox/0\n26:Nash/5>Chat/3>Knox/2>Memph/0\n"
          + "15:Chat/5>Knox/3>Nash/2>Memph/0\n17:Knox/5>Chat/3>Nash/1>Memph/0\n";

  @Test
  void an_abif_file_with_ratings_is_counted_by_every_method(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tennessee.abif"), TENNESSEE);
    Run run = count(file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Instant-runoff voting", "Schulze", "Condorcet check", "Borda", "Score voting")
        .contains("STAR voting (scores 0 to 5)")
        .contains("Runoff: Nash 68, Chat 32")
        .contains("Winner: Knox (Knoxville, TN)")
        .contains("Winner: Nash (Nashville, TN)");
  }

  @Test
  void json_holds_each_result(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tennessee.abif"), TENNESSEE);
    Run run = count("--json", "--rule", "STAR", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("rule").asText()).isEqualTo("star");
    assertThat(json.get("voters").asLong()).isEqualTo(100);
    JsonNode star = json.get("results").get("star");
    assertThat(star.get("winner").asText()).isEqualTo("Nash");
    assertThat(star.get("firstPreferred").asLong()).isEqualTo(68);
    assertThat(json.get("candidates").get(0).get("name").asText()).isEqualTo("Memphis, TN");
  }

  @Test
  void json_of_every_method_and_a_categorical_file(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("tennessee.abif"), TENNESSEE);
    Run run = count("--json", "--seed", "42", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
    assertThat(results.fieldNames())
        .toIterable()
        .containsExactly("irv", "schulze", "condorcet", "borda", "score", "star");
    assertThat(results.get("irv").get("winner").asText()).isEqualTo("Knox");
    assertThat(results.get("condorcet").get("winner").asText()).isEqualTo("Nash");
    Path cat =
        Files.writeString(
            dir.resolve("v.cat"),
            "# DATA TYPE: cat\n# NUMBER CATEGORIES: 2\n# CATEGORY NAME 1: Yes\n"
                + "# CATEGORY NAME 2: No\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bo\n"
                + "3: 1,2\n2: 2,1\n1: {1,2},{}\n");
    Run star = count("--rule", "star", cat.toString());
    assertThat(star.status()).as(star.err()).isZero();
    assertThat(star.out()).contains("STAR voting (scores 0 to 1)", "Winner: 1 (Ann)");
  }

  @Test
  void the_file_tally_method_is_the_default_rule(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("b.abif"), "{tally_method: \"IRV\"}\n3:A>B\n2:B\n2:C>B\n");
    Run run = count(file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Rule: irv (the file's tally_method)")
        .contains("Round 1: A 3, B 2, C 2")
        .contains("Winner: B")
        .doesNotContain("Schulze");
    Path unknown = Files.writeString(dir.resolve("u.abif"), "{tally_method: \"secret\"}\n1:A\n");
    Run refused = count(unknown.toString());
    assertThat(refused.status()).isOne();
    assertThat(refused.err()).contains("COUNT_RULE_UNKNOWN").doesNotContain("secret");
  }

  @Test
  void a_preflib_file_is_counted(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("x.toc"),
            "# DATA TYPE: toc\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bo\n"
                + "3: 1,2\n2: 2,1\n1: {1,2}\n");
    Run run = count("--rule", "schulze", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Ranking: 1 > 2", "Winner: 1 (Ann)");
    Run star = count("--rule", "star", file.toString());
    assertThat(star.status()).isOne();
    assertThat(star.err()).contains("COUNT_NO_RATINGS");
  }

  @Test
  void a_pabulib_file_runs_its_rule_and_is_checked_against_its_selection(@TempDir Path dir)
      throws IOException {
    String pb =
        "META\nkey;value\ndescription;test\nnum_projects;3\nnum_votes;3\nbudget;100\n"
            + "vote_type;approval\nrule;greedy\nPROJECTS\nproject_id;cost;votes;selected\n"
            + "p1;60;3;1\np2;50;2;0\np3;40;1;1\nVOTES\nvoter_id;vote\nv1;p1,p2,p3\nv2;p1,p2\nv3;p1\n";
    Path file = Files.writeString(dir.resolve("t.pb"), pb);
    Run run = count(file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Rule: greedy (the file's rule)")
        .contains("p1")
        .contains("The file's selected projects are exactly these.");
    Run json = count("--json", "--rule", "equalshares", file.toString());
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("rule").asText()).isEqualTo("equalshares");
    assertThat(node.get("outcome").get("selected").isArray()).isTrue();
    Run bad = count("--rule", "nonsense", file.toString());
    assertThat(bad.status()).isOne();
    assertThat(bad.err()).contains("COUNT_RULE_UNKNOWN");
  }

  @Test
  void a_budget_with_decimals_is_printed_as_the_file_wrote_it(@TempDir Path dir)
      throws IOException {
    String pb =
        "META\nkey;value\ndescription;test\nbudget;100.50\nvote_type;approval\nrule;greedy\n"
            + "PROJECTS\nproject_id;cost\np1;60.25\np2;50\nVOTES\nvoter_id;vote\nv1;p1,p2\n"
            + "v2;p1\n";
    Path file = Files.writeString(dir.resolve("d.pb"), pb);
    Run run = count(file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("budget 100.50")
        .contains("cost           60.25")
        .contains("Total cost 60.25, left 40.25");
    Run json = count("--json", file.toString());
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.get("costScale").asInt()).isEqualTo(2);
    assertThat(node.get("outcome").get("budget").asLong()).isEqualTo(10050);
  }

  @Test
  void argument_errors_are_coded_and_exit_with_2(@TempDir Path dir) throws IOException {
    assertThat(count().status()).isEqualTo(2);
    assertThat(count().err()).contains("COUNT_FILE_MISSING").contains("Usage:");
    assertThat(count("--bogus", "x.abif").err()).contains("COUNT_OPTION_UNKNOWN");
    assertThat(count("a.abif", "b.abif").err()).contains("COUNT_OPTION_UNKNOWN");
    assertThat(count("x.abif", "--rule").err()).contains("COUNT_OPTION_VALUE_MISSING");
    assertThat(count("--max-score", "0", "x.abif").err()).contains("COUNT_OPTION_VALUE_INVALID");
    assertThat(count("--seed", "abc", "x.abif").status()).isEqualTo(2);
    assertThat(count("x.txt").err()).contains("COUNT_FORMAT_UNKNOWN");
    assertThat(count("--help").status()).isZero();
    Path abif = Files.writeString(dir.resolve("t.abif"), "1:A\n");
    assertThat(count("--rule", "nonsense", abif.toString()).status()).isEqualTo(1);
  }

  @Test
  void file_errors_are_coded_exit_with_1_and_echo_nothing(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.abif"), "=A:[Ann]\n=B:[Bo]\n");
    Run none = count(empty.toString());
    assertThat(none.status()).isOne();
    assertThat(none.err()).contains("VOTING_NO_BALLOTS");
    Run missing = count(dir.resolve("none.abif").toString());
    assertThat(missing.status()).isOne();
    assertThat(missing.err()).contains("COUNT_FILE_UNREADABLE");
    Path bad = Files.writeString(dir.resolve("bad.abif"), "=A:[Ann]\n1:A>secret\n");
    Run refused = count(bad.toString());
    assertThat(refused.status()).isOne();
    assertThat(refused.err())
        .contains("PREFLIB_UNKNOWN_ALTERNATIVE")
        .contains("Line 2")
        .doesNotContain("secret");
  }
}
