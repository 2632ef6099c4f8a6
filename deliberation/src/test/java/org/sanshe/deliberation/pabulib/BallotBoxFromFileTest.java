package org.sanshe.deliberation.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanshe.deliberation.ConformanceFiles;
import org.sanshe.deliberation.ballot.ApprovalBallot;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.CumulativeBallot;
import org.sanshe.deliberation.ballot.RankedBallot;

/**
 * The ballot box built from a file (votes counted on project indices first) equals the box built
 * naively, one ballot object per row, in the same first-seen order, for every vote type of the
 * conformance files.
 */
class BallotBoxFromFileTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Poland_Warszawa_2019_Okecie.pb",
        "Poland_Krakow_2019_Bienczyce.pb",
        "Poland_Czestochowa_2024_Podjasnogorska.pb",
        "Poland_Swiecie_2023.pb"
      })
  void the_box_equals_one_ballot_per_row_in_first_seen_order(String name) {
    PabulibFile f = PabulibReader.read(ConformanceFiles.require("pabulib/" + name));
    BallotBox.Builder<Ballot> naive = BallotBox.builder();
    for (PabulibFile.Row r : f.votes()) {
      List<CandidateId> ids = new ArrayList<>();
      for (String s : r.get("vote").split(",")) {
        if (!s.isBlank()) {
          ids.add(CandidateId.of(s));
        }
      }
      switch (f.voteType()) {
        case "ordinal" -> naive.add(RankedBallot.strict(ids));
        case "cumulative" -> {
          String[] pts = r.get("points").split(",");
          Map<CandidateId, Long> m = new LinkedHashMap<>();
          for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), Long.parseLong(pts[i].strip()));
          }
          naive.add(CumulativeBallot.of(m));
        }
        default -> naive.add(ApprovalBallot.of(ids));
      }
    }
    BallotBox<Ballot> expected = naive.build();
    BallotBox<? extends Ballot> actual = f.toBudget().ballots();
    assertThat(actual.voters()).isEqualTo(f.votes().size());
    List<Object> got = new ArrayList<>(actual.distinct());
    List<Object> want = new ArrayList<>(expected.distinct());
    assertThat(got).isEqualTo(want);
  }
}
