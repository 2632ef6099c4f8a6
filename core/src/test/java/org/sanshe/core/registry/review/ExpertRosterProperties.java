package org.sanshe.core.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.sanshe.core.Theories.qt;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationFixture;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;

/**
 * A roster's recorded panels survive a snapshot round trip, redraw the same from the restored pool,
 * and never seat an expert tied to the applicant, whatever the pool, applicants and seeds.
 */
class ExpertRosterProperties {

  @Test
  void recorded_panels_redraw_the_same_after_a_restore_and_seat_no_tied_expert() {
    qt().forAll(longs().all(), longs().all())
        .checkAssert(
            (shape, seeds) -> {
              ExpertPool pool = PanelProperties.pool(shape);
              ExpertRoster r =
                  ExpertRoster.open(
                      OrganizationFixture.DISTRICT, 2026, pool.experts(), "o", Instant.EPOCH);
              SplittableRandom random = new SplittableRandom(seeds);
              for (int i = 0; i < 20; i++) {
                OrganizationId applicant = new OrganizationId("o" + random.nextInt(5));
                ReviewStage stage = ReviewStage.values()[random.nextInt(3)];
                try {
                  r =
                      r.draw(
                          new ProjectId("p" + random.nextInt(8)),
                          stage,
                          applicant,
                          1 + random.nextInt(6),
                          random.nextLong(),
                          "o",
                          Instant.EPOCH);
                } catch (RegistryException refused) {
                  // too few untied experts or a stage drawn already: the roster is unchanged
                }
              }
              ExpertRoster restored = ExpertRoster.restore(r.snapshot());
              assertThat(restored).isEqualTo(r);
              for (Panel p : restored.panels()) {
                assertThat(p.redraw(restored.pool())).isEqualTo(p);
                for (String m : p.members()) {
                  assertThat(restored.pool().find(m).orElseThrow().isTiedTo(p.applicant()))
                      .isFalse();
                }
              }
            });
  }
}
