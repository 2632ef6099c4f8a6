package org.sanshe.core.registry.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.core.registry.organization.OrganizationFixture.CLOCK;
import static org.sanshe.core.registry.organization.OrganizationFixture.COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.OTHER_COMMUNITY;
import static org.sanshe.core.registry.organization.OrganizationFixture.STREET;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.memory.InMemoryProjects;
import org.sanshe.core.registry.organization.OrganizationId;

class ProjectTest {

  private static final OrganizationId IMPLEMENTER = new OrganizationId("o1");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  static List<ExpertScore> scores(int... values) {
    List<ExpertScore> list = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      list.add(new ExpertScore("e" + i, values[i]));
    }
    return list;
  }

  static Project draft() {
    return Project.draft(
        ProjectDraft.of(new ProjectId("p1"), "邻里互助", IMPLEMENTER)
            .hostedBy(List.of(COMMUNITY, OTHER_COMMUNITY))
            .answering(List.of(new NeedId("n1"))),
        CLOCK);
  }

  @Test
  void a_project_passes_approval_midterm_and_final_evaluation() {
    ReviewPolicy policy = ReviewPolicy.preset();
    Project p =
        draft()
            .submit(CLOCK)
            .review(ReviewStage.APPROVAL, DAY, scores(60, 60, 60), policy, CLOCK)
            .start(CLOCK)
            .review(ReviewStage.MIDTERM, DAY.plusMonths(6), scores(70, 80, 55), policy, CLOCK)
            .review(ReviewStage.FINAL, DAY.plusMonths(12), scores(90, 85, 88), policy, CLOCK);
    assertThat(p.status()).isEqualTo(ProjectStatus.COMPLETED);
    assertThat(p.reviews())
        .extracting(Review::stage)
        .containsExactly(ReviewStage.APPROVAL, ReviewStage.MIDTERM, ReviewStage.FINAL);
    assertThat(p.events()).hasSize(6);
  }

  @Test
  void failed_reviews_reject_or_terminate() {
    ReviewPolicy policy = ReviewPolicy.preset();
    assertThat(
            draft()
                .submit(CLOCK)
                .review(ReviewStage.APPROVAL, DAY, scores(60, 60, 59), policy, CLOCK)
                .status())
        .isEqualTo(ProjectStatus.REJECTED);
    Project running =
        draft()
            .submit(CLOCK)
            .review(ReviewStage.APPROVAL, DAY, scores(90, 90, 90), policy, CLOCK)
            .start(CLOCK);
    assertThat(running.review(ReviewStage.MIDTERM, DAY, scores(10, 20, 30), policy, CLOCK).status())
        .isEqualTo(ProjectStatus.TERMINATED);
  }

  @Test
  void reviews_need_enough_distinct_experts_and_the_right_stage() {
    ReviewPolicy policy = ReviewPolicy.preset();
    Project submitted = draft().submit(CLOCK);
    assertThatThrownBy(
            () -> submitted.review(ReviewStage.APPROVAL, DAY, scores(90, 90), policy, CLOCK))
        .hasMessageContaining("PROJECT_TOO_FEW_EXPERTS");
    assertThatThrownBy(
            () ->
                submitted.review(
                    ReviewStage.APPROVAL,
                    DAY,
                    List.of(
                        new ExpertScore("a", 90),
                        new ExpertScore("a", 90),
                        new ExpertScore("b", 90)),
                    policy,
                    CLOCK))
        .hasMessageContaining("PROJECT_EXPERT_DUPLICATE");
    assertThatThrownBy(
            () -> submitted.review(ReviewStage.FINAL, DAY, scores(90, 90, 90), policy, CLOCK))
        .hasMessageContaining("PROJECT_TRANSITION_NOT_ALLOWED");
    assertThatThrownBy(() -> draft().start(CLOCK))
        .hasMessageContaining("PROJECT_TRANSITION_NOT_ALLOWED");
    assertThatThrownBy(() -> new ExpertScore("e", 101)).hasMessageContaining("PROJECT_SCORE_RANGE");
  }

  @Test
  void funding_is_summed_per_source_in_fen() {
    Project p =
        draft()
            .fund(FundingSource.FISCAL, Money.ofYuan(100_000), CLOCK)
            .fund(FundingSource.FISCAL, Money.parse("0.01"), CLOCK)
            .fund(FundingSource.PUBLIC_DONATION, Money.ofYuan(5_000), CLOCK);
    assertThat(p.funding()).containsEntry(FundingSource.FISCAL, Money.parse("100000.01"));
    assertThat(p.totalFunding()).isEqualTo(Money.parse("105000.01"));
    assertThatThrownBy(() -> p.fund(FundingSource.ENTERPRISE, Money.ZERO, CLOCK))
        .hasMessageContaining("PROJECT_FUNDING_NOT_POSITIVE");
  }

  @Test
  void a_project_needs_a_title_and_host_communities() {
    assertThatThrownBy(
            () ->
                Project.draft(
                    ProjectDraft.of(new ProjectId("p"), " ", IMPLEMENTER)
                        .hostedBy(List.of(COMMUNITY))
                        .answering(List.of()),
                    CLOCK))
        .hasMessageContaining("PROJECT_TITLE_BLANK");
    assertThatThrownBy(
            () ->
                Project.draft(
                    ProjectDraft.of(new ProjectId("p"), "t", IMPLEMENTER)
                        .hostedBy(List.of())
                        .answering(List.of()),
                    CLOCK))
        .hasMessageContaining("PROJECT_NO_HOST");
    assertThatThrownBy(
            () ->
                Project.draft(
                    ProjectDraft.of(new ProjectId("p"), "t", IMPLEMENTER)
                        .hostedBy(List.of(STREET))
                        .answering(List.of()),
                    CLOCK))
        .hasMessageContaining("ORGANIZATION_NOT_COMMUNITY");
  }

  @Test
  void the_store_checks_versions_and_finds_by_implementer_and_host() {
    InMemoryProjects store = new InMemoryProjects();
    Project v1 = store.save(draft());
    store.save(v1.submit(CLOCK));
    assertThatThrownBy(() -> store.save(v1.fund(FundingSource.FISCAL, Money.ofYuan(1), CLOCK)))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("PROJECT_VERSION_CONFLICT");
    assertThat(store.implementedBy(IMPLEMENTER)).hasSize(1);
    assertThat(store.hostedIn(OTHER_COMMUNITY)).hasSize(1);
    assertThat(store.hostedIn(org.sanshe.core.identifier.DivisionCode.parse("320114002001")))
        .isEmpty();
  }
}
