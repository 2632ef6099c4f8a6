package org.sanshe.core.satisfaction.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.core.Theories.qt;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.satisfaction.response.SubjectId;

class RankingTest {

  private final SubjectId a = worker("a");
  private final SubjectId b = worker("b");
  private final SubjectId c = worker("c");
  private final SubjectId d = worker("d");

  @Test
  void ties_share_a_rank_and_the_next_rank_is_skipped() {
    Map<SubjectId, Integer> ranks =
        Ranking.ranks(
            Map.of(a, Fraction.of(90), b, Fraction.of(90), c, Fraction.of(80), d, Fraction.of(95)));
    assertThat(ranks)
        .containsEntry(d, 1)
        .containsEntry(a, 2)
        .containsEntry(b, 2)
        .containsEntry(c, 4);
    assertThat(
            Ranking.ranks(Map.of(a, Fraction.of(90), b, Fraction.of(90), c, Fraction.of(80)))
                .get(c))
        .isEqualTo(3);
  }

  @Test
  void the_change_against_the_previous_period_is_reported() {
    List<RankedSubject> ranking =
        Ranking.rank(
            Map.of(a, Fraction.of(88), b, Fraction.of(92), c, Fraction.of(70)),
            Map.of(a, Fraction.of(91), b, Fraction.of(85)));
    assertThat(ranking).extracting(RankedSubject::subject).containsExactly(b, a, c);
    RankedSubject first = ranking.get(0);
    assertThat(first.rankChange()).contains(1);
    assertThat(first.valueChange()).contains(Fraction.of(7));
    assertThat(ranking.get(1).rankChange()).contains(-1);
    assertThat(ranking.get(1).valueChange()).contains(Fraction.of(-3));
    assertThat(ranking.get(2).previousRank()).isEmpty();
    assertThat(ranking.get(2).rankChange()).isEqualTo(Optional.empty());
  }

  @Test
  void a_rank_is_one_plus_the_number_of_strictly_greater_values() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(0, 30))
        .checkAssert(RankingTest::rankIsOnePlusTheGreaterValues);
  }

  private static void rankIsOnePlusTheGreaterValues(List<Integer> values) {
    Map<SubjectId, Fraction> map = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(worker("s" + i), Fraction.of(values.get(i)));
    }
    Map<SubjectId, Integer> ranks = Ranking.ranks(map);
    for (Map.Entry<SubjectId, Fraction> e : map.entrySet()) {
      long greater = map.values().stream().filter(v -> v.compareTo(e.getValue()) > 0).count();
      assertThat(ranks.get(e.getKey())).isEqualTo((int) greater + 1);
    }
  }
}
