package org.sanshe.core.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.DISTRICT;
import static org.sanshe.core.registry.review.PanelTest.APPLICANT;
import static org.sanshe.core.registry.review.PanelTest.DAY;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ProjectStatus;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;
import org.sanshe.core.registry.review.ExpertRosterEvent.ExpertEnrolled;
import org.sanshe.core.registry.review.ExpertRosterEvent.ExpertSeated;
import org.sanshe.core.registry.review.ExpertRosterEvent.PanelDrawn;
import org.sanshe.core.registry.review.ExpertRosterEvent.RosterOpened;
import org.sanshe.core.registry.review.ExpertRosterEvent.TiesDeclared;

class ExpertRosterTest {

  static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");
  static final ProjectId P1 = new ProjectId("p1");

  static ExpertRoster roster() {
    return ExpertRoster.open(DISTRICT, 2026, PanelTest.pool().experts(), "officer", AT);
  }

  private static RegistryException refused(Runnable r, RegistryError code) {
    try {
      r.run();
    } catch (RegistryException e) {
      assertThat(e.errorCode()).isEqualTo(code);
      return e;
    }
    throw new AssertionError("expected " + code);
  }

  @Test
  void a_roster_records_each_panel_with_its_seed_and_names_who_acted() {
    ExpertRoster r =
        roster()
            .enrol(new Expert("e6", List.of(APPLICANT)), "officer", AT)
            .draw(P1, ReviewStage.APPROVAL, APPLICANT, 3, 20260401L, "officer", AT);
    Panel recorded = r.panel(P1, ReviewStage.APPROVAL).orElseThrow();
    assertThat(recorded)
        .isEqualTo(Panel.draw(r.pool(), P1, ReviewStage.APPROVAL, APPLICANT, 3, 20260401L));
    assertThat(recorded.redraw(r.pool())).isEqualTo(recorded);
    assertThat(recorded.members()).doesNotContain("e2", "e6");
    assertThat(r.pendingEvents())
        .extracting(e -> e.getClass().getSimpleName() + ":" + e.actor())
        .containsExactly("RosterOpened:officer", "ExpertEnrolled:officer", "PanelDrawn:officer");
    assertThat(r.pendingEvents().get(0)).isInstanceOf(RosterOpened.class);
    assertThat(((ExpertEnrolled) r.pendingEvents().get(1)).ties()).containsExactly(APPLICANT);
    PanelDrawn drawn = (PanelDrawn) r.pendingEvents().get(2);
    assertThat(drawn.seed()).isEqualTo(20260401L);
    assertThat(drawn.drawn()).isEqualTo(recorded.drawn());
    assertThat(r.version()).isZero();
    assertThat(r.key()).isEqualTo(DISTRICT + "-2026");
    assertThat(r.toString()).contains("6 experts").contains("1 panels");
  }

  @Test
  void a_stage_is_drawn_once_and_a_refusal_changes_nothing() {
    ExpertRoster r = roster().draw(P1, ReviewStage.APPROVAL, APPLICANT, 3, 1L, "officer", AT);
    ExpertRosterSnapshot before = r.snapshot();
    refused(
        () -> r.draw(P1, ReviewStage.APPROVAL, APPLICANT, 2, 2L, "officer", AT),
        RegistryError.REVIEW_PANEL_DUPLICATE);
    refused(
        () -> r.draw(P1, ReviewStage.MIDTERM, APPLICANT, 5, 2L, "officer", AT),
        RegistryError.REVIEW_PANEL_TOO_SMALL);
    refused(
        () -> r.enrol(new Expert("e1", List.of()), "officer", AT),
        RegistryError.REVIEW_EXPERT_DUPLICATE);
    refused(
        () -> r.declareTies("e9", List.of(), "officer", AT), RegistryError.REVIEW_EXPERT_UNKNOWN);
    refused(
        () -> r.seat(P1, ReviewStage.FINAL, "e1", "officer", AT),
        RegistryError.REVIEW_PANEL_UNKNOWN);
    refused(
        () -> r.seat(P1, ReviewStage.APPROVAL, "e2", "officer", AT),
        RegistryError.REVIEW_EXPERT_TIED);
    refused(
        () -> r.draw(P1, ReviewStage.FINAL, APPLICANT, 1, 1L, " ", AT),
        RegistryError.ORGANIZATION_ID_INVALID);
    assertThat(r.snapshot()).isEqualTo(before);
    assertThat(r.pendingEvents()).hasSize(2);
  }

  @Test
  void approval_midterm_and_final_reviews_are_scored_by_their_recorded_panels() {
    ExpertRoster r = roster();
    Project p = PanelTest.submitted();
    for (ReviewStage stage : ReviewStage.values()) {
      r = r.draw(P1, stage, APPLICANT, 3, stage.ordinal(), "officer", AT);
      Panel panel = r.panel(P1, stage).orElseThrow();
      List<ExpertScore> scores = panel.members().stream().map(m -> new ExpertScore(m, 85)).toList();
      p = r.review(p, stage, DAY.plusMonths(stage.ordinal()), scores, ReviewPolicy.preset(), CLOCK);
      if (stage == ReviewStage.APPROVAL) {
        p = p.start(CLOCK);
      }
    }
    assertThat(p.reviews()).hasSize(3);
    assertThat(p.status()).isNotEqualTo(ProjectStatus.SUBMITTED);
  }

  @Test
  void a_tie_declared_after_the_draw_keeps_the_record_but_stops_the_score() {
    ExpertRoster drawn = roster().draw(P1, ReviewStage.APPROVAL, APPLICANT, 3, 9L, "officer", AT);
    Panel panel = drawn.panel(P1, ReviewStage.APPROVAL).orElseThrow();
    String member = panel.members().get(0);
    ExpertRoster tied = drawn.declareTies(member, List.of(APPLICANT), "officer", AT);
    assertThat(tied.pendingEvents().get(tied.pendingEvents().size() - 1))
        .isEqualTo(new TiesDeclared(DISTRICT, 2026, "officer", AT, member, List.of(APPLICANT)));
    assertThat(tied.panel(P1, ReviewStage.APPROVAL)).contains(panel);
    ExpertRoster restored = ExpertRoster.restore(tied.snapshot());
    assertThat(restored).isEqualTo(tied);
    assertThat(restored.pendingEvents()).isEmpty();
    List<ExpertScore> scores = panel.members().stream().map(m -> new ExpertScore(m, 80)).toList();
    refused(
        () ->
            restored.review(
                PanelTest.submitted(),
                ReviewStage.APPROVAL,
                DAY,
                scores,
                ReviewPolicy.preset(),
                CLOCK),
        RegistryError.REVIEW_EXPERT_TIED);
    String outsider =
        tied.pool().untiedTo(APPLICANT).stream()
            .map(Expert::id)
            .filter(x -> !panel.members().contains(x))
            .findFirst()
            .orElseThrow();
    ExpertRoster seated = tied.seat(P1, ReviewStage.APPROVAL, outsider, "chair", AT);
    assertThat(seated.panel(P1, ReviewStage.APPROVAL).orElseThrow().seated())
        .containsExactly(outsider);
    assertThat(seated.pendingEvents().get(seated.pendingEvents().size() - 1))
        .isEqualTo(
            new ExpertSeated(DISTRICT, 2026, "chair", AT, P1, ReviewStage.APPROVAL, outsider));
  }

  @Test
  void a_broken_snapshot_is_refused_naming_the_rule() {
    ExpertRoster r = roster().draw(P1, ReviewStage.APPROVAL, APPLICANT, 3, 4L, "officer", AT);
    ExpertRosterSnapshot s = r.snapshot();
    Panel panel = s.panels().get(0);
    refused(
        () ->
            ExpertRoster.restore(
                new ExpertRosterSnapshot(s.district(), 1999, 1, s.experts(), s.panels())),
        RegistryError.PROGRAMME_SETTING_INVALID);
    refused(
        () ->
            ExpertRoster.restore(
                new ExpertRosterSnapshot(s.district(), 2026, -1, s.experts(), s.panels())),
        RegistryError.PROGRAMME_SETTING_INVALID);
    refused(
        () ->
            ExpertRoster.restore(
                new ExpertRosterSnapshot(
                    s.district(), 2026, 1, s.experts(), List.of(panel, panel))),
        RegistryError.REVIEW_PANEL_DUPLICATE);
    List<Expert> withoutMember =
        s.experts().stream().filter(e -> !e.id().equals(panel.drawn().get(0))).toList();
    refused(
        () ->
            ExpertRoster.restore(
                new ExpertRosterSnapshot(s.district(), 2026, 1, withoutMember, s.panels())),
        RegistryError.REVIEW_EXPERT_UNKNOWN);
    List<Expert> twice = new java.util.ArrayList<>(s.experts());
    twice.add(s.experts().get(0));
    refused(
        () ->
            ExpertRoster.restore(new ExpertRosterSnapshot(s.district(), 2026, 1, twice, List.of())),
        RegistryError.REVIEW_EXPERT_DUPLICATE);
    refused(
        () ->
            ExpertRoster.restore(new ExpertRosterSnapshot(s.district(), 2026, 1, null, List.of())),
        RegistryError.REGISTRY_FIELD_MISSING);
    assertThat(ExpertRoster.restore(s.withVersion(3)).version()).isEqualTo(3);
    assertThat(new OrganizationId("o1")).isEqualTo(APPLICANT);
  }
}
