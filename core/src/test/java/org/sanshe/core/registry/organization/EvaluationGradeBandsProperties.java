package org.sanshe.core.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sanshe.core.Theories.qt;

import org.junit.jupiter.api.Test;

class EvaluationGradeBandsProperties {

  @Test
  void a_higher_score_never_earns_a_lower_grade() {
    EvaluationGradeBands bands = EvaluationGradeBands.preset();
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (a, b) -> {
              int low = Math.min(a, b);
              int high = Math.max(a, b);
              assertThat(bands.gradeFor(high).isAtLeast(bands.gradeFor(low))).isTrue();
            });
  }

  @Test
  void every_grade_starts_at_its_minimum() {
    EvaluationGradeBands bands = EvaluationGradeBands.preset();
    qt().forAll(integers().between(0, 1000))
        .checkAssert(
            score -> {
              EvaluationGrade g = bands.gradeFor(score);
              assertThat(score).isGreaterThanOrEqualTo(bands.minimum(g));
              assertThat(bands.gradeFor(bands.minimum(g))).isEqualTo(g);
            });
  }
}
