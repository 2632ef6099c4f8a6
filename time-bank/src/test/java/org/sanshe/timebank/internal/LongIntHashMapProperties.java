package org.sanshe.timebank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.timebank.Theories.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongIntHashMapProperties {

  @Test
  void the_map_behaves_like_a_hash_map() {
    qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 2_000), booleans().all())
        .checkAssert(LongIntHashMapProperties::behavesLikeAHashMap);
  }

  private static void behavesLikeAHashMap(List<Long> keys, boolean clustered) {
    LongIntHashMap map = new LongIntHashMap(4);
    Map<Long, Integer> model = new HashMap<>();
    int value = 0;
    for (long k : keys) {
      long key = clustered ? (k & 0xfff) << 4 : k;
      if (key == 0) {
        continue;
      }
      value++;
      if (value % 3 == 0) {
        Integer previous = model.putIfAbsent(key, value);
        assertThat(map.putIfAbsent(key, value))
            .isEqualTo(previous == null ? LongIntHashMap.MISSING : previous);
      } else {
        model.put(key, value);
        map.put(key, value);
      }
    }
    assertThat(map.size()).isEqualTo(model.size());
    for (Map.Entry<Long, Integer> e : model.entrySet()) {
      assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
    }
    assertThat(map.get(Long.MIN_VALUE + 12345))
        .isEqualTo(model.getOrDefault(Long.MIN_VALUE + 12345, -1));
  }
}
