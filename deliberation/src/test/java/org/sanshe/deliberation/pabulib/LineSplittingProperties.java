package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.deliberation.Theories.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reader's fields of a line without quotes, kept as offsets and cut when read, equal what
 * splitting the line on semicolons and dropping every carriage return gives: with CRLF endings,
 * stray CRs inside fields, empty fields, blank lines and non-ASCII text.
 */
class LineSplittingProperties {

  private static final String[] PIECES = {"1", "a", "城", ";", "\r", " ", "", "x y"};

  @Test
  void vote_rows_read_as_split_on_semicolons_without_carriage_returns() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 8))
                .ofSizeBetween(0, 12),
            integers().between(0, 1))
        .checkAssert(
            (extras, crlf) -> {
              StringBuilder file = new StringBuilder();
              String nl = crlf == 1 ? "\r\n" : "\n";
              file.append("META").append(nl).append("key;value").append(nl);
              file.append("budget;100").append(nl).append("vote_type;approval").append(nl);
              file.append("PROJECTS").append(nl).append("project_id;cost").append(nl);
              file.append("1;10").append(nl);
              file.append("VOTES").append(nl).append("voter_id;vote;note;more").append(nl);
              List<Map<String, String>> expected = new ArrayList<>();
              int voter = 0;
              for (List<Integer> extra : extras) {
                StringBuilder tail = new StringBuilder();
                for (int p : extra) {
                  tail.append(PIECES[p]);
                }
                String[] parts = (tail + ";;;").split(";", -1);
                String line =
                    "v" + voter + ";1;" + parts[0] + ";" + parts[1] + "\r".repeat(voter % 2);
                String[] cut = line.replace("\r", "").split(";", -1);
                if (cut.length != 4) {
                  continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                row.put("voter_id", cut[0]);
                row.put("vote", cut[1]);
                row.put("note", cut[2]);
                row.put("more", cut[3]);
                expected.add(row);
                file.append(line).append(nl);
                if (voter % 3 == 0) {
                  file.append(nl); // a blank line is skipped
                }
                voter++;
              }
              PabulibFile read = PabulibReader.parse(file.toString(), ReadMode.LENIENT);
              assertThat(read.votes()).hasSize(expected.size());
              for (int v = 0; v < expected.size(); v++) {
                assertThat(read.votes().get(v).fields()).isEqualTo(expected.get(v));
                assertThat(expected.get(v)).isEqualTo(read.votes().get(v).fields());
              }
            });
  }
}
