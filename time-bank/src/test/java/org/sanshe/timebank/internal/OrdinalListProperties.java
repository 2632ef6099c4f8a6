package org.sanshe.timebank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.timebank.Theories.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OrdinalListProperties {

  @Test
  void the_list_behaves_like_a_sorted_set_through_adds_removals_and_pages() {
    qt().forAll(
            lists().of(integers().between(0, 299)).ofSizeBetween(0, 1_500),
            integers().between(0, 3))
        .checkAssert(OrdinalListProperties::behavesLikeASortedSet);
  }

  private static void behavesLikeASortedSet(List<Integer> steps, int mode) {
    OrdinalList list = new OrdinalList();
    TreeSet<Integer> model = new TreeSet<>();
    int next = 0;
    for (int step : steps) {
      // mode 0: appends and removals from the front (a queue); mode 1: the front is removed and
      // added again; others: random places
      int o =
          mode == 0
              ? (step % 3 == 0 ? next++ : (model.isEmpty() ? 0 : model.first()))
              : mode == 1 ? step % 8 : step;
      boolean add = mode == 0 ? step % 3 == 0 : (step + mode) % 5 < 3;
      if (add) {
        model.add(o);
        list.add(o);
      } else {
        model.remove(o);
        list.remove(o);
      }
      assertThat(list.size()).isEqualTo(model.size());
      assertThat(list.contains(step)).isEqualTo(model.contains(step));
      int[] first = new int[3];
      int n = list.after(-1, first, 3);
      assertThat(Arrays.copyOf(first, n))
          .containsExactly(model.stream().limit(3).mapToInt(Integer::intValue).toArray());
    }
    assertThat(list.toArray())
        .containsExactly(model.stream().mapToInt(Integer::intValue).toArray());
    for (int after = -1; after <= 300; after += 7) {
      int[] page = new int[5];
      int n = list.after(after, page, 5);
      List<Integer> expected = new ArrayList<>(after < 0 ? model : model.tailSet(after, false));
      expected = expected.subList(0, Math.min(5, expected.size()));
      List<Integer> read = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        read.add(page[i]);
      }
      assertThat(read).as("after %d", after).isEqualTo(expected);
    }
  }

  @Test
  void a_negative_ordinal_is_refused() {
    assertThatThrownBy(() -> new OrdinalList().add(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
