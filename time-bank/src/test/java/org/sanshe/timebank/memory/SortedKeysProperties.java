package org.sanshe.timebank.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.timebank.Theories.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKey;

/** A volunteer's activity keys in {@link MemoryActivities} against a {@link TreeSet}. */
class SortedKeysProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void the_keys_behave_like_a_tree_set_through_adds_removals_and_pages() {
    qt().forAll(lists().of(integers().between(0, 199)).ofSizeBetween(0, 400))
        .checkAssert(SortedKeysProperties::behavesLikeATreeSet);
  }

  private static ActivityKey key(int n) {
    // few distinct times, so that the id breaks many ties
    return new ActivityKey(T0.plusSeconds(n % 7 * 60L), ActivityId.of("act-" + n / 7));
  }

  private static void behavesLikeATreeSet(List<Integer> steps) {
    MemoryActivities.SortedKeys keys = new MemoryActivities.SortedKeys();
    TreeSet<ActivityKey> model = new TreeSet<>();
    for (int step : steps) {
      ActivityKey k = key(step / 2);
      if (step % 2 == 0) {
        keys.add(k);
        model.add(k);
      } else {
        keys.remove(k);
        model.remove(k);
      }
      assertThat(keys.isEmpty()).isEqualTo(model.isEmpty());
    }
    assertThat(Arrays.asList(keys.keys).subList(0, keys.size)).containsExactlyElementsOf(model);
    for (int n = 0; n < 100; n += 3) {
      ActivityKey after = key(n);
      List<ActivityKey> tail = new ArrayList<>();
      for (int i = keys.indexAfter(after); i < keys.size; i++) {
        tail.add(keys.keys[i]);
      }
      assertThat(tail).containsExactlyElementsOf(model.tailSet(after, false));
    }
  }
}
