package org.sanshe.deliberation.preflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.RankedBallot;
import org.sanshe.deliberation.ballot.ScoreBallot;
import org.sanshe.deliberation.ballot.VotingException;

class PreflibReaderTest {

  private static String header(String type) {
    return "# FILE NAME: 00002-00000001."
        + type
        + "\n# TITLE: Debian 2002 Leader\n# DESCRIPTION: \n# DATA TYPE: "
        + type
        + "\n# NUMBER ALTERNATIVES: 4\n# NUMBER VOTERS: 475\n"
        + "# ALTERNATIVE NAME 1: Branden Robinson\n# ALTERNATIVE NAME 2: Raphael Hertzog\n"
        + "# ALTERNATIVE NAME 3: Bdale Garbee\n# ALTERNATIVE NAME 4: None Of The Above\n";
  }

  @Test
  void toc_reads_tie_groups_and_keeps_the_whole_header_in_order() {
    RankedElection e = PreflibReader.parse(header("toc") + "100: 3,1,2,4\n9: 3,{1,2,4}\n");
    assertThat(e.metadata())
        .containsExactly(
            Map.entry("FILE NAME", "00002-00000001.toc"),
            Map.entry("TITLE", "Debian 2002 Leader"),
            Map.entry("DESCRIPTION", ""),
            Map.entry("DATA TYPE", "toc"),
            Map.entry("NUMBER ALTERNATIVES", "4"),
            Map.entry("NUMBER VOTERS", "475"));
    assertThat(e.names()).containsEntry(CandidateId.of("3"), "Bdale Garbee");
    assertThat(e.votes().get(1).ranking()).isEqualTo(RankedBallot.parse("3>1=2=4"));
    assertThat(e.ballots().voters()).isEqualTo(109);
  }

  @Test
  void each_ordinal_type_enforces_its_rules_with_the_line() {
    assertThat(PreflibReader.parse(header("soc") + "1: 1,2,3,4\n").ballots().voters()).isOne();
    assertRefused(header("soc") + "1: 1,2,3\n", 11, "every alternative must be ranked");
    assertRefused(header("soc") + "1: 1,2,{3,4}\n", 11, "ties are not allowed");
    assertRefused(header("soi") + "1: {1,2}\n", 11, "ties are not allowed");
    assertThat(PreflibReader.parse(header("soi") + "1: 2\n").ballots().voters()).isOne();
    assertRefused(header("toc") + "1: {1,2},3\n", 11, "every alternative must be ranked");
    assertThat(PreflibReader.parse(header("toi") + "1: {1,2}\n").ballots().voters()).isOne();
    assertRefused(header("toi") + "1: 1,{}\n", 11, "empty group");
    assertRefused(header("toi") + "1: 1,,2\n", 11, "PREFLIB_UNKNOWN_ALTERNATIVE");
    assertRefused(header("toi") + "1: 1,\n", 11, "end with a comma");
    assertRefused(header("toi") + "1: {1,2\n", 11, "unclosed");
    assertRefused(header("toi") + "1: {1,2} 3\n", 11, "expected a comma");
    assertRefused(header("toi") + "1: 1,{2,1}\n", 11, "PREFLIB_DUPLICATE_ALTERNATIVE");
    assertRefused(header("toi") + "1: 5\n", 11, "PREFLIB_UNKNOWN_ALTERNATIVE");
    assertRefused(header("wmd") + "1: 1\n", 4, "DATA TYPE must be");
    assertRefused(header("toi") + "# TITLE: again\n1: 1\n", 11, "header key repeated");
  }

  private static final String CAT =
      "# FILE NAME: 00026-00000001.cat\n# DATA TYPE: cat\n# NUMBER ALTERNATIVES: 3\n"
          + "# NUMBER CATEGORIES: 3\n# CATEGORY NAME 1: Yes\n# CATEGORY NAME 2: Maybe\n"
          + "# CATEGORY NAME 3: No\n# ALTERNATIVE NAME 1: Megret\n# ALTERNATIVE NAME 2: Lepage\n"
          + "# ALTERNATIVE NAME 3: Gluckstein\n";

  @Test
  void categorical_preferences_become_ratings_and_the_ranking_they_imply() {
    RankedElection e = PreflibReader.parse(CAT + "86: {}, 1, {2, 3}\n13: 2,{},{}\n");
    assertThat(e.metadata()).containsEntry("CATEGORY NAME 2", "Maybe");
    RankedElection.Vote first = e.votes().get(0);
    assertThat(first.ranking()).isEqualTo(RankedBallot.parse("1>2=3"));
    assertThat(first.ratings())
        .isEqualTo(
            ScoreBallot.of(
                Map.of(CandidateId.of("1"), 1L, CandidateId.of("2"), 0L, CandidateId.of("3"), 0L)));
    assertThat(e.votes().get(1).ratings())
        .isEqualTo(ScoreBallot.of(Map.of(CandidateId.of("2"), 2L)));
    assertThat(e.ratings().voters()).isEqualTo(99);
    assertRefused(CAT + "1: 1,2\n", 11, "number of categories");
    assertRefused(
        CAT.replace("# NUMBER CATEGORIES: 3\n", "") + "1: 1,2,3\n", 10, "NUMBER CATEGORIES");
  }

  @Test
  void read_takes_the_format_from_the_header_else_from_the_extension(@TempDir Path dir)
      throws IOException {
    String noType = header("soc").replace("# DATA TYPE: soc\n", "");
    Path soc = Files.writeString(dir.resolve("x.soc"), noType + "1: 1,2\n");
    assertThatThrownBy(() -> PreflibReader.read(soc))
        .hasMessageContaining("every alternative must be ranked");
    Path toi = Files.writeString(dir.resolve("x.toi"), noType + "1: 1,2\n");
    assertThat(PreflibReader.read(toi).ballots().voters()).isOne();
  }

  private static void assertRefused(String text, int line, String what) {
    assertThatThrownBy(() -> PreflibReader.parse(text))
        .isInstanceOf(VotingException.class)
        .hasMessageContaining("Line " + line)
        .hasMessageContaining(what);
  }
}
