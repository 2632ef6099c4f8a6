package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GradeBandsProperties {

  @Property(tries = 200)
  void a_higher_score_never_earns_a_lower_grade(
      @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    GradeBands bands = GradeBands.preset();
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    assertThat(bands.gradeFor(high).isAtLeast(bands.gradeFor(low))).isTrue();
  }

  @Property(tries = 200)
  void every_grade_starts_at_its_minimum(@ForAll @IntRange(min = 0, max = 1000) int score) {
    GradeBands bands = GradeBands.preset();
    EvaluationGrade g = bands.gradeFor(score);
    assertThat(score).isGreaterThanOrEqualTo(bands.minimum(g));
    assertThat(bands.gradeFor(bands.minimum(g))).isEqualTo(g);
  }
}
