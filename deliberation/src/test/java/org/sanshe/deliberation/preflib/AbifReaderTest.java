package org.sanshe.deliberation.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingException;

class AbifReaderTest {

  private static CandidateId id(String s) {
    return CandidateId.of(s);
  }

  private static ScoreBallot scores(Object... pairs) {
    Map<CandidateId, Long> m = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(id((String) pairs[i]), ((Number) pairs[i + 1]).longValue());
    }
    return ScoreBallot.of(m);
  }

  @Test
  void a_file_without_declarations_declares_candidates_in_the_order_first_met() {
    RankedElection e = AbifReader.parse("  42:Memph>Nash>Chat>Knox\n26:Nash>Chat=Knox>Memph\n");
    assertThat(e.candidates().list())
        .extracting(CandidateId::value)
        .containsExactly("Memph", "Nash", "Chat", "Knox");
    assertThat(e.names()).containsEntry(id("Nash"), "Nash");
    assertThat(e.ballots().voters()).isEqualTo(68);
    assertThat(e.votes().get(1).ranking()).isEqualTo(RankedBallot.parse("Nash>Chat=Knox>Memph"));
    assertThat(e.ratings().isEmpty()).isTrue();
    assertThat(e.unratedVoters()).isEqualTo(68);
  }

  @Test
  void quoted_and_bracketed_names_may_hold_commas_quotes_and_hash_marks() {
    RankedElection e =
        AbifReader.parse(
            "5:[A,X]>[B #2]>\"C \\\"the third\\\"\"  # a comment\n"
                + "3:[\"Memph\" Memphis]/5>[A,X]/0\n");
    assertThat(e.candidates().list())
        .extracting(CandidateId::value)
        .containsExactly("A,X", "B #2", "C \"the third\"", "\"Memph\" Memphis");
    assertThat(e.votes().get(0).ranking().ranks()).hasSize(3);
    assertThat(e.votes().get(1).ratings()).isEqualTo(scores("\"Memph\" Memphis", 5, "A,X", 0));
  }

  @Test
  void a_declared_full_name_in_brackets_or_quotes_names_its_candidate() {
    RankedElection e =
        AbifReader.parse(
            "=DGM:[Doña García Márquez]\n=\"蘇業\":[Sue Ye (蘇業)]\n"
                + "27: DGM/5 > \"蘇業\"/1\n2: [Sue Ye (蘇業)] = \"Doña García Márquez\"\n");
    assertThat(e.candidates().list()).containsExactly(id("DGM"), id("蘇業"));
    assertThat(e.votes().get(0).ratings()).isEqualTo(scores("DGM", 5, "蘇業", 1));
    assertThat(e.votes().get(1).ranking()).isEqualTo(RankedBallot.parse("DGM=蘇業"));
    assertThat(e.votes().get(1).rated()).isFalse();
  }

  @Test
  void a_declared_file_may_add_candidates_by_bracketed_names_but_not_by_bare_tokens() {
    RankedElection e =
        AbifReader.parse("=DGM:[Doña García Márquez]\n=SBJ:[Steven B. Jensen]\n27:DGM>SBJ>[蘇業]\n");
    assertThat(e.candidates().list()).containsExactly(id("DGM"), id("SBJ"), id("蘇業"));
    assertThat(e.names()).containsEntry(id("蘇業"), "蘇業");
    assertThatThrownBy(() -> AbifReader.parse("=DGM:[Doña]\n1:DGM>SBJ\n"))
        .hasMessageContaining("PREFLIB_UNKNOWN_ALTERNATIVE")
        .hasMessageContaining("Line 2");
  }

  @Test
  void ratings_sit_beside_the_ranking_and_mixed_lines_keep_both() {
    RankedElection e =
        AbifReader.parse(
            "{max_rating: 6}\n=Kiss:[Bob Kiss]\n=Wright:[Kurt Wright]\n=Smith:[Dan Smith]\n"
                + "840:Wright/6\n355:Kiss/6>Smith/5\n1:Smith/6=Wright/6>Kiss\n4:Kiss>Smith\n");
    assertThat(e.metadata()).containsEntry("max_rating", "6");
    assertThat(e.ratings().voters()).isEqualTo(1196);
    assertThat(e.unratedVoters()).isEqualTo(4);
    RankedElection.Vote mixed = e.votes().get(2);
    assertThat(mixed.ranking()).isEqualTo(RankedBallot.parse("Smith=Wright>Kiss"));
    assertThat(mixed.ratings()).isEqualTo(scores("Smith", 6, "Wright", 6));
  }

  @Test
  void comma_lines_are_ranked_by_their_ratings_and_unrated_ones_go_last() {
    RankedElection e =
        AbifReader.parse(
            "42:Memph/400,Nash/200,Chat/200,Knox\n12: Allie/5, Billy/5, Candace/4\n3: A, B\n");
    assertThat(e.votes().get(0).ranking()).isEqualTo(RankedBallot.parse("Memph>Chat=Nash>Knox"));
    assertThat(e.votes().get(0).ratings())
        .isEqualTo(scores("Memph", 400, "Nash", 200, "Chat", 200));
    assertThat(e.votes().get(1).ranking()).isEqualTo(RankedBallot.parse("Allie=Billy>Candace"));
    assertThat(e.votes().get(2).ranking()).isEqualTo(RankedBallot.parse("A=B"));
  }

  @Test
  void metadata_takes_json_strings_numbers_and_words_and_blank_lines_are_blank_ballots() {
    RankedElection e =
        AbifReader.parse(
            "{\"title\": \"Tab\\there \\u00e9 # not a comment\"}\n{version: \"0.1\"}\n"
                + "{average: 3.43}\n{ballot_type: null}\n{}\n=A:[Ann]\n500:\n2:A\n");
    assertThat(e.metadata())
        .containsExactly(
            Map.entry("title", "Tab\there é # not a comment"),
            Map.entry("version", "0.1"),
            Map.entry("average", "3.43"),
            Map.entry("ballot_type", "null"));
    assertThat(e.ballots().voters()).isEqualTo(502);
    assertThat(e.votes().get(0).ranking().ranks()).isEmpty();
  }

  @Test
  void identical_lines_are_aggregated() {
    RankedElection e = AbifReader.parse("2:A>B\n3:A > B\n1:A/1>B\n");
    assertThat(e.votes()).hasSize(2);
    assertThat(e.votes().get(0).count()).isEqualTo(5);
  }

  @Test
  void malformed_lines_are_refused_with_their_line_and_nothing_from_the_file() {
    String head = "{title: \"secret-title\"}\n=A:[Ann]\n=B:[Bo]\n";
    assertRefused(head + "1:A>B,A\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:A>B\n1:A,B>A\n", "PREFLIB_LINE_INVALID", 5);
    assertRefused(head + "1:A/x>B\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:A/-1\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:[secret-name>B\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:\"secret-name>B\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:A>\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:A B\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:secret-name\n", "PREFLIB_UNKNOWN_ALTERNATIVE", 4);
    assertRefused(head + "1:A>B=A\n", "PREFLIB_DUPLICATE_ALTERNATIVE", 4);
    assertRefused(head + "0:A\n", "PREFLIB_COUNT_INVALID", 4);
    assertRefused(head + "secret-count:A\n", "PREFLIB_COUNT_INVALID", 4);
    assertRefused(head + "1234567890123456789:A\n", "PREFLIB_COUNT_INVALID", 4);
    assertRefused(head + "=A:[Again]\n", "PREFLIB_DUPLICATE_ALTERNATIVE", 4);
    assertRefused(head + "=C:[Ann]\n", "PREFLIB_DUPLICATE_ALTERNATIVE", 4);
    assertRefused(head + "=C:[]\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "=C:[Cy] secret\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "{title: \"again\"}\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "{title \"x\"}\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "{a: \"\\q\"}\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "secret line\n", "PREFLIB_LINE_INVALID", 4);
    assertRefused(head + "1:A\u0001\n", "PREFLIB_LINE_INVALID", 4);
    assertThatThrownBy(() -> AbifReader.parse("# nothing\n"))
        .hasMessageContaining("PREFLIB_NO_CANDIDATES");
  }

  private static void assertRefused(String text, String code, int line) {
    assertThatThrownBy(() -> AbifReader.parse(text))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining(code)
        .hasMessageContaining("Line " + line)
        .satisfies(
            t -> {
              assertThat(t.getMessage()).doesNotContain("secret").doesNotContain("Ann");
              assertThat(t.getLocalizedMessage()).doesNotContain("secret");
            });
  }

  @Test
  void a_file_with_candidates_and_no_vote_lines_has_no_voters() {
    RankedElection e = AbifReader.parse("=Memph:[Memphis, TN]\n=Nash:[Nashville, TN]\n");
    assertThat(e.ballots().isEmpty()).isTrue();
    assertThat(e.names()).containsEntry(id("Memph"), "Memphis, TN");
  }
}
