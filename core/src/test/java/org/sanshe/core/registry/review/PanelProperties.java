package org.sanshe.core.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;

/** Panels never seat a tied expert; the same seed draws the same panel. */
class PanelProperties {

  static ExpertPool pool(long shape) {
    SplittableRandom r = new SplittableRandom(shape);
    int n = 1 + r.nextInt(30);
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<OrganizationId> ties = new ArrayList<>();
      for (int o = 0; o < 5; o++) {
        if (r.nextInt(4) == 0) {
          ties.add(new OrganizationId("o" + o));
        }
      }
      experts.add(new Expert("x" + i, ties));
    }
    return ExpertPool.of(experts);
  }

  @Test
  void a_panel_never_contains_an_expert_tied_to_the_applicant() {
    qt().forAll(longs().all(), integers().between(0, 4), integers().between(1, 12), longs().all())
        .checkAssert(
            (shape, org, size, seed) -> {
              ExpertPool pool = pool(shape);
              OrganizationId applicant = new OrganizationId("o" + org);
              int untied = pool.untiedTo(applicant).size();
              try {
                Panel p =
                    Panel.draw(
                        pool, new ProjectId("p"), ReviewStage.APPROVAL, applicant, size, seed);
                assertThat(untied).isGreaterThanOrEqualTo(size);
                assertThat(p.members()).hasSize(size);
                assertThat(new HashSet<>(p.members())).hasSize(size);
                for (String m : p.members()) {
                  assertThat(pool.find(m).orElseThrow().isTiedTo(applicant)).isFalse();
                }
                for (Expert e : pool.experts()) {
                  if (e.isTiedTo(applicant)) {
                    try {
                      p.seat(pool, e.id());
                      throw new AssertionError("seated a tied expert");
                    } catch (RegistryException refused) {
                      assertThat(refused.errorCode()).isEqualTo(RegistryError.REVIEW_EXPERT_TIED);
                    }
                  }
                }
              } catch (RegistryException e) {
                assertThat(e.errorCode()).isEqualTo(RegistryError.REVIEW_PANEL_TOO_SMALL);
                assertThat(untied).isLessThan(size);
              }
            });
  }

  @Test
  void the_same_seed_draws_the_same_panel() {
    qt().forAll(longs().all(), integers().between(1, 5), longs().all())
        .checkAssert(
            (shape, size, seed) -> {
              ExpertPool pool = pool(shape);
              OrganizationId applicant = new OrganizationId("o0");
              if (pool.untiedTo(applicant).size() < size) {
                return;
              }
              Panel a =
                  Panel.draw(pool, new ProjectId("p"), ReviewStage.MIDTERM, applicant, size, seed);
              Panel b =
                  Panel.draw(pool, new ProjectId("p"), ReviewStage.MIDTERM, applicant, size, seed);
              assertThat(b).isEqualTo(a);
              assertThat(a.redraw(pool)).isEqualTo(a);
              assertThat(a.seed()).isEqualTo(seed);
            });
  }
}
