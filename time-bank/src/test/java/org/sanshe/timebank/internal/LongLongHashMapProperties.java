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

class LongLongHashMapProperties {

  @Test
  void the_map_behaves_like_a_hash_map_through_puts_and_removals() {
    qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 2_000), booleans().all())
        .checkAssert(LongLongHashMapProperties::behavesLikeAHashMap);
  }

  private static void behavesLikeAHashMap(List<Long> keys, boolean clustered) {
    LongLongHashMap map = new LongLongHashMap(4);
    Map<Long, Long> model = new HashMap<>();
    long value = 0;
    for (long k : keys) {
      // clustered keys collide in the table, so removals must shift probe runs correctly
      long key = clustered ? (k & 0xfff) << 4 : k;
      if (key == 0) {
        continue;
      }
      value++;
      switch ((int) (value % 4)) {
        case 0 -> {
          Long previous = model.putIfAbsent(key, value);
          assertThat(map.putIfAbsent(key, value))
              .isEqualTo(previous == null ? LongLongHashMap.MISSING : previous);
        }
        case 1 -> {
          Long present = model.get(key);
          boolean removed = present != null && model.remove(key, present);
          assertThat(map.remove(key, present == null ? value : present)).isEqualTo(removed);
        }
        default -> {
          model.put(key, value);
          map.put(key, value);
        }
      }
    }
    assertThat(map.size()).isEqualTo(model.size());
    for (Map.Entry<Long, Long> e : model.entrySet()) {
      assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
    }
    Map<Long, Long> visited = new HashMap<>();
    map.forEach(visited::put);
    assertThat(visited).isEqualTo(model);
    assertThat(map.get(Long.MIN_VALUE + 12345))
        .isEqualTo(model.getOrDefault(Long.MIN_VALUE + 12345, -1L));
  }
}
