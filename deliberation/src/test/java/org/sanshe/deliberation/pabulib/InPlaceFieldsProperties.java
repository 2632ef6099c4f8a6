package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * The reader looks at a vote's {@code vote} and {@code voter_id} fields in place, as offsets into
 * the file's text, instead of cutting a string per line. Reading them in place must give exactly
 * what reading their text gives: the same ballots and irregularities as a file built from the same
 * rows held as plain maps, and a repeated voter id (after stripping white space) refused exactly
 * when a set of stripped strings finds the repeat.
 */
class InPlaceFieldsProperties {

  private static final String[] VOTE_PIECES = {"1", "2", "3", ",", " ", "01", "x", "城", ""};
  private static final String[] VOTER_PIECES = {"v", "1", " ", "\u3000", "城", "V", "2"};

  @Test
  void votes_read_in_place_equal_votes_read_from_their_text() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, VOTE_PIECES.length - 1)).ofSizeBetween(0, 7))
                .ofSizeBetween(1, 12))
        .checkAssert(
            votes -> {
              StringBuilder file = header();
              List<PabulibFile.Row> rows = new ArrayList<>();
              int line = 10;
              for (int v = 0; v < votes.size(); v++) {
                StringBuilder vote = new StringBuilder();
                votes.get(v).forEach(p -> vote.append(VOTE_PIECES[p]));
                file.append("id").append(v).append(';').append(vote).append(";x\n");
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("voter_id", "id" + v);
                // equal votes share one string, as literals and interned texts do
                fields.put("vote", vote.toString().intern());
                fields.put("note", "x");
                rows.add(new PabulibFile.Row(line++, fields));
              }
              PabulibFile read = PabulibReader.parse(file.toString(), ReadMode.LENIENT);
              PabulibFile model =
                  new PabulibFile(
                      read.meta(),
                      Map.of(),
                      read.projectColumns(),
                      read.projects(),
                      read.voteColumns(),
                      rows,
                      ReadMode.LENIENT);
              assertThat(kinds(read.irregularities())).isEqualTo(kinds(model.irregularities()));
              assertThat(read.toBudget().ballots()).isEqualTo(model.toBudget().ballots());
            });
  }

  @Test
  void a_voter_id_repeats_exactly_when_its_stripped_text_does() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, VOTER_PIECES.length - 1)).ofSizeBetween(1, 4))
                .ofSizeBetween(1, 40))
        .checkAssert(
            ids -> {
              StringBuilder file = header();
              Set<String> seen = new HashSet<>();
              boolean repeats = false;
              int written = 0;
              for (List<Integer> pieces : ids) {
                StringBuilder id = new StringBuilder();
                pieces.forEach(p -> id.append(VOTER_PIECES[p]));
                if (id.toString().isBlank()) {
                  continue; // a blank line would be skipped, not read as a voter
                }
                repeats |= !seen.add(id.toString().strip());
                file.append(id).append(";1;x\n");
                written++;
              }
              if (written == 0) {
                return;
              }
              if (repeats) {
                assertThatThrownBy(() -> PabulibReader.parse(file.toString(), ReadMode.LENIENT))
                    .isInstanceOf(VotingException.class)
                    .hasMessageContaining("voter_id");
              } else {
                assertThat(PabulibReader.parse(file.toString(), ReadMode.LENIENT).votes())
                    .hasSize(written);
              }
            });
  }

  @Test
  void a_range_set_holds_what_a_set_of_stripped_strings_holds() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, VOTER_PIECES.length - 1)).ofSizeBetween(0, 5))
                .ofSizeBetween(0, 200),
            integers().between(0, 8))
        .checkAssert(
            (texts, pad) -> {
              TextRangeSet set = new TextRangeSet(0); // grows from the smallest table
              Set<String> model = new HashSet<>();
              for (List<Integer> pieces : texts) {
                StringBuilder t = new StringBuilder();
                pieces.forEach(p -> t.append(VOTER_PIECES[p]));
                String padded = "#".repeat(pad) + t + "#".repeat(pad);
                boolean added = set.add(padded, pad, pad + t.length());
                assertThat(added).isEqualTo(model.add(t.toString().strip()));
              }
            });
  }

  @Test
  void white_space_is_what_strip_removes_for_every_char() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertThat(LineFields.space((char) c)).as("char %d", c).isEqualTo(one.strip().isEmpty());
    }
  }

  private static StringBuilder header() {
    StringBuilder file = new StringBuilder();
    file.append("META\nkey;value\nbudget;100\nvote_type;approval\n");
    file.append("PROJECTS\nproject_id;cost\n1;10\n2;20\n3;30\n");
    file.append("VOTES\nvoter_id;vote;note\n");
    return file;
  }

  private static List<String> kinds(List<Irregularity> found) {
    List<String> out = new ArrayList<>();
    found.forEach(i -> out.add(i.kind() + " " + i.field()));
    return out;
  }
}
