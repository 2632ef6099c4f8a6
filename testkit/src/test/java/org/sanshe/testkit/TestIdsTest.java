package org.sanshe.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestIdsTest {

  @Test
  void each_prefix_counts_from_one_on_its_own() {
    TestIds ids = TestIds.fresh();
    assertThat(ids.next("org")).isEqualTo("org-1");
    assertThat(ids.next("org")).isEqualTo("org-2");
    assertThat(ids.next("vote")).isEqualTo("vote-1");
    assertThat(ids.source("org").nextId()).isEqualTo("org-3");
  }

  @Test
  void a_fresh_set_starts_again() {
    TestIds first = TestIds.fresh();
    first.next("org");
    assertThat(TestIds.fresh().next("org")).isEqualTo("org-1");
  }
}
