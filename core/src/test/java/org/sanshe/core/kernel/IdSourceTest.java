package org.sanshe.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSourceTest {

  @Test
  void sequential_ids_are_deterministic() {
    IdSource ids = IdSource.sequential("org");
    assertThat(ids.nextId()).isEqualTo("org-1");
    assertThat(ids.nextId()).isEqualTo("org-2");
    assertThat(IdSource.sequential("org").nextId()).isEqualTo("org-1");
  }

  @Test
  void random_ids_are_version_4_uuids_and_do_not_repeat() {
    IdSource ids = IdSource.randomUuids();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = ids.nextId();
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(seen.add(id)).isTrue();
    }
  }
}
