package org.sanshe.deliberation.ballot;

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
 * The box's builder counts like a map in insertion order: every distinct ballot once, in the order
 * first added, with the sum of its counts, whatever the size hint (growth past it, rehashing).
 */
class BallotBoxBuilderProperties {

  @Test
  void counts_as_an_insertion_ordered_map_does() {
    qt(300)
        .forAll(
            lists().of(integers().between(0, 1 << 12)).ofSizeBetween(0, 3000),
            integers().between(-1, 64))
        .checkAssert(
            (codes, hint) -> {
              Map<ApprovalBallot, Long> expected = new LinkedHashMap<>();
              BallotBox.Builder<ApprovalBallot> builder =
                  hint < 0 ? BallotBox.builder() : BallotBox.builder(hint);
              long voters = 0;
              for (int code : codes) {
                List<String> ids = new ArrayList<>();
                for (int bit = 0; bit < 13; bit++) {
                  if ((code >> bit & 1) == 1) {
                    ids.add("p" + bit);
                  }
                }
                ApprovalBallot ballot = ApprovalBallot.of(ids.toArray(new String[0]));
                long count = 1 + code % 3;
                expected.merge(ballot, count, Long::sum);
                builder.add(ballot, count);
                voters += count;
              }
              BallotBox<ApprovalBallot> box = builder.build();
              List<Map.Entry<ApprovalBallot, Long>> got = new ArrayList<>();
              for (BallotBox.Counted<ApprovalBallot> c : box.distinct()) {
                got.add(Map.entry(c.ballot(), c.count()));
              }
              assertThat(got).containsExactlyElementsOf(expected.entrySet());
              assertThat(box.voters()).isEqualTo(voters);
            });
  }
}
