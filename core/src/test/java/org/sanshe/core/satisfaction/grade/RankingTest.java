package org.sanshe.core.satisfaction.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.satisfaction.SatisfactionFixtures.worker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.sanshe.core.satisfaction.Rational;
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
            Map.of(a, Rational.of(90), b, Rational.of(90), c, Rational.of(80), d, Rational.of(95)));
    assertThat(ranks)
        .containsEntry(d, 1)
        .containsEntry(a, 2)
        .containsEntry(b, 2)
        .containsEntry(c, 4);
    assertThat(
            Ranking.ranks(Map.of(a, Rational.of(90), b, Rational.of(90), c, Rational.of(80)))
                .get(c))
        .isEqualTo(3);
  }

  @Test
  void the_change_against_the_previous_period_is_reported() {
    List<RankedSubject> ranking =
        Ranking.rank(
            Map.of(a, Rational.of(88), b, Rational.of(92), c, Rational.of(70)),
            Map.of(a, Rational.of(91), b, Rational.of(85)));
    assertThat(ranking).extracting(RankedSubject::subject).containsExactly(b, a, c);
    RankedSubject first = ranking.get(0);
    assertThat(first.rankChange()).contains(1);
    assertThat(first.valueChange()).contains(Rational.of(7));
    assertThat(ranking.get(1).rankChange()).contains(-1);
    assertThat(ranking.get(1).valueChange()).contains(Rational.of(-3));
    assertThat(ranking.get(2).previousRank()).isEmpty();
    assertThat(ranking.get(2).rankChange()).isEqualTo(Optional.empty());
  }

  @Property(tries = 200)
  void a_rank_is_one_plus_the_number_of_strictly_greater_values(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10) Integer> values) {
    Map<SubjectId, Rational> map = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      map.put(worker("s" + i), Rational.of(values.get(i)));
    }
    Map<SubjectId, Integer> ranks = Ranking.ranks(map);
    for (Map.Entry<SubjectId, Rational> e : map.entrySet()) {
      long greater = map.values().stream().filter(v -> v.compareTo(e.getValue()) > 0).count();
      assertThat(ranks.get(e.getKey())).isEqualTo((int) greater + 1);
    }
  }
}
