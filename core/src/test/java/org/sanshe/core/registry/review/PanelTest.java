package org.sanshe.core.registry.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ExpertScore;
import org.sanshe.core.registry.project.NeedId;
import org.sanshe.core.registry.project.Project;
import org.sanshe.core.registry.project.ProjectDraft;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ProjectStatus;
import org.sanshe.core.registry.project.ReviewPolicy;
import org.sanshe.core.registry.project.ReviewStage;

class PanelTest {

  static final OrganizationId APPLICANT = new OrganizationId("o1");
  static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  static ExpertPool pool() {
    return ExpertPool.of(
        List.of(
            new Expert("e1", List.of()),
            new Expert("e2", List.of(APPLICANT)),
            new Expert("e3", List.of(new OrganizationId("o2"))),
            new Expert("e4", List.of()),
            new Expert("e5", List.of())));
  }

  static Project submitted() {
    return Project.draft(
            ProjectDraft.of(new ProjectId("p1"), "邻里互助", APPLICANT)
                .hostedBy(List.of(COMMUNITY))
                .answering(List.of(new NeedId("n1"))),
            CLOCK)
        .submit(CLOCK);
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
  void a_drawn_panel_records_its_seed_and_scores_the_approval_review() {
    Panel panel =
        Panel.draw(pool(), new ProjectId("p1"), ReviewStage.APPROVAL, APPLICANT, 3, 20260401L);
    assertThat(panel.candidates()).containsExactly("e1", "e3", "e4", "e5");
    assertThat(panel.members()).hasSize(3).doesNotContain("e2");
    assertThat(panel.seed()).isEqualTo(20260401L);
    List<ExpertScore> scores = panel.members().stream().map(m -> new ExpertScore(m, 80)).toList();
    Project approved = panel.review(pool(), submitted(), DAY, scores, ReviewPolicy.preset(), CLOCK);
    assertThat(approved.status()).isEqualTo(ProjectStatus.APPROVED);
    assertThat(approved.reviews().get(0).scores()).isEqualTo(scores);
  }

  @Test
  void a_tied_expert_is_never_seated_nor_scores() {
    Panel panel = Panel.draw(pool(), new ProjectId("p1"), ReviewStage.APPROVAL, APPLICANT, 3, 7L);
    RegistryException e = refused(() -> panel.seat(pool(), "e2"), RegistryError.REVIEW_EXPERT_TIED);
    assertThat(e.message(Locale.ENGLISH)).contains("e2").contains("o1");
    assertThat(e.message(Locale.CHINESE)).contains("回避");
    refused(() -> panel.seat(pool(), "e9"), RegistryError.REVIEW_EXPERT_UNKNOWN);
    String outsider =
        List.of("e1", "e3", "e4", "e5").stream()
            .filter(x -> !panel.members().contains(x))
            .findFirst()
            .orElseThrow();
    Panel withOutsider = panel.seat(pool(), outsider);
    assertThat(withOutsider.members()).hasSize(4).endsWith(outsider);
    refused(() -> withOutsider.seat(pool(), outsider), RegistryError.REVIEW_PANEL_INVALID);
    List<ExpertScore> withTied =
        List.of(new ExpertScore("e2", 90), new ExpertScore(panel.members().get(0), 90));
    refused(
        () -> panel.review(pool(), submitted(), DAY, withTied, ReviewPolicy.preset(), CLOCK),
        RegistryError.REVIEW_SCORER_NOT_ON_PANEL);
    // a tie declared after the draw stops the expert from scoring
    String member = panel.members().get(0);
    ExpertPool later = pool().with(new Expert(member, List.of(APPLICANT)));
    List<ExpertScore> scores = panel.members().stream().map(m -> new ExpertScore(m, 80)).toList();
    refused(
        () -> panel.review(later, submitted(), DAY, scores, ReviewPolicy.preset(), CLOCK),
        RegistryError.REVIEW_EXPERT_TIED);
  }

  @Test
  void too_few_untied_experts_and_foreign_projects_are_refused() {
    refused(
        () -> Panel.draw(pool(), new ProjectId("p1"), ReviewStage.FINAL, APPLICANT, 5, 1L),
        RegistryError.REVIEW_PANEL_TOO_SMALL);
    Panel other = Panel.draw(pool(), new ProjectId("p2"), ReviewStage.APPROVAL, APPLICANT, 3, 1L);
    List<ExpertScore> scores = other.members().stream().map(m -> new ExpertScore(m, 80)).toList();
    refused(
        () -> other.review(pool(), submitted(), DAY, scores, ReviewPolicy.preset(), CLOCK),
        RegistryError.REVIEW_PANEL_INVALID);
    refused(
        () -> ExpertPool.of(List.of(new Expert("e1", List.of()), new Expert("e1", List.of()))),
        RegistryError.REVIEW_PANEL_INVALID);
  }
}
