package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingException;

class PabulibReaderTest {

  private static final String SMALL =
      String.join(
              "\n",
              "META",
              "key;value",
              "description;\"Test; with \"\"quotes\"\"\"",
              "budget;100",
              "vote_type;approval",
              "min_length;1",
              "PROJECTS",
              "project_id;cost;votes;name;selected",
              "1;60;2;\"Park; benches\";1",
              "2;50;1;Lights;0",
              "VOTES",
              "voter_id;vote",
              "v1;1,2",
              "v2;1")
          + "\n";

  @Test
  void a_small_file_is_read_with_csv_quoting() {
    PabulibFile f = PabulibReader.parse(SMALL);
    assertThat(f.meta()).containsEntry("description", "Test; with \"quotes\"");
    assertThat(f.budget()).isEqualTo(100);
    assertThat(f.projects().get(0).get("name")).isEqualTo("Park; benches");
    assertThat(f.votes()).hasSize(2);
    assertThat(f.votes().get(1).line()).isEqualTo(14);
    assertThat(f.selectedProjects()).containsExactly(CandidateId.of("1"));
    assertThat(f.toBudget().ballots().voters()).isEqualTo(2);
  }

  @Test
  void a_byte_order_mark_and_windows_line_ends_are_tolerated() {
    PabulibFile f = PabulibReader.parse("\uFEFF" + SMALL.replace("\n", "\r\n"));
    assertThat(f).isEqualTo(PabulibReader.parse(SMALL));
  }

  @Test
  void writing_and_reading_back_loses_nothing() {
    PabulibFile f = PabulibReader.parse(SMALL);
    String text = PabulibWriter.write(f);
    assertThat(PabulibReader.parse(text)).isEqualTo(f);
    assertThat(text).contains("\"Park; benches\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Poland_Warszawa_2017_Sadul.pb",
        "Poland_Warszawa_2019_Okecie.pb",
        "Poland_Krakow_2019_Bienczyce.pb",
        "Poland_Czestochowa_2024_Podjasnogorska.pb",
        "Netherlands_Assen_2024.pb",
        "Poland_Swiecie_2023.pb"
      })
  void every_conformance_file_round_trips_through_the_writer(String name, @TempDir Path dir)
      throws IOException {
    PabulibFile f = PabulibReader.read(ConformanceFiles.require("pabulib/" + name));
    Path copy = dir.resolve(name);
    PabulibWriter.write(f, copy);
    PabulibFile back = PabulibReader.read(copy);
    assertThat(back).isEqualTo(f);
    assertThat(back.toBudget().ballots()).isEqualTo(f.toBudget().ballots());
    assertThat(Files.size(copy)).isPositive();
  }

  private static void refused(String text, String code, String where) {
    assertThatThrownBy(() -> PabulibReader.parse(text).toBudget())
        .isInstanceOf(VotingException.class)
        .hasMessageContaining(code)
        .hasMessageContaining(where);
  }

  @Test
  void an_empty_file_is_refused() {
    assertThatThrownBy(() -> PabulibReader.parse("\n\n")).hasMessageContaining("PABULIB_EMPTY");
  }

  @Test
  void a_missing_section_is_refused_with_its_line() {
    refused("META\nkey;value\nbudget;1\n", "PABULIB_SECTION_MISSING", "Line 4");
    refused("key;value\n", "PABULIB_SECTION_MISSING", "Line 1");
  }

  @Test
  void a_row_with_the_wrong_number_of_fields_is_refused_with_its_line() {
    refused(SMALL.replace("2;50;1;Lights;0", "2;50;1;Lights"), "PABULIB_FIELD_COUNT", "Line 10");
  }

  @Test
  void a_cost_that_is_no_number_is_refused() {
    refused(SMALL.replace("2;50;1", "2;fifty;1"), "PABULIB_NUMBER_INVALID", "Line 10");
  }

  @Test
  void a_negative_cost_is_refused() {
    refused(SMALL.replace("2;50;1", "2;-50;1"), "PABULIB_NUMBER_INVALID", "Line 10");
  }

  @Test
  void a_vote_for_an_unknown_project_is_refused_with_its_line() {
    refused(SMALL.replace("v2;1", "v2;7"), "PABULIB_UNKNOWN_PROJECT", "Line 14");
  }

  @Test
  void an_unclosed_quote_is_refused_with_the_line_it_opened() {
    refused(
        SMALL.replace("\"Park; benches\"", "\"Park; benches"), "PABULIB_QUOTE_UNCLOSED", "Line 9");
  }

  @Test
  void a_missing_budget_or_a_zero_budget_is_refused() {
    refused(SMALL.replace("budget;100\n", ""), "PABULIB_META_MISSING", "budget");
    refused(SMALL.replace("budget;100", "budget;0"), "BUDGET_NOT_POSITIVE", "0");
  }

  @Test
  void a_vote_breaking_the_ballot_rules_is_refused_with_its_line() {
    refused(SMALL.replace("min_length;1", "min_length;2"), "PABULIB_BALLOT_INVALID", "Line 14");
  }

  @Test
  void an_unknown_vote_type_is_refused() {
    refused(
        SMALL.replace("vote_type;approval", "vote_type;quadratic"),
        "PABULIB_VOTE_TYPE_UNSUPPORTED",
        "vote_type");
  }

  @Test
  void points_must_match_the_projects_voted_for() {
    String cumulative =
        SMALL
            .replace("vote_type;approval", "vote_type;cumulative")
            .replace("voter_id;vote", "voter_id;vote;points")
            .replace("v1;1,2", "v1;1,2;5")
            .replace("v2;1\n", "v2;1;3\n");
    refused(cumulative, "PABULIB_POINTS_MISMATCH", "Line 13");
    assertThat(List.of(cumulative)).isNotEmpty();
  }

  @Test
  void the_same_voter_twice_is_refused() {
    refused(SMALL.replace("v2;1", "v1;1"), "PABULIB_DUPLICATE_KEY", "Line 14");
  }
}
