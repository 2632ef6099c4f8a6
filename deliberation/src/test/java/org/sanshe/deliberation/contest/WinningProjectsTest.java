package org.sanshe.deliberation.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.kernel.Fraction;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.NewOrganization;
import org.sanshe.core.registry.organization.Organization;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.Application;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.GuidanceList;
import org.sanshe.core.registry.programme.GuidanceScreen;
import org.sanshe.core.registry.programme.NewApplication;
import org.sanshe.core.registry.programme.OriginKind;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.core.registry.programme.ProjectOrigin;
import org.sanshe.core.registry.programme.memory.InMemoryApplications;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;

class WinningProjectsTest {

  static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);
  static final CallId CALL = CallId.of("call-1");
  static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  static RankedEntry ranked(int rank, String entry) {
    Fraction f = Fraction.of(80 - rank);
    return new RankedEntry(rank, EntryId.of(entry), f, 10, f, f);
  }

  static WinningProjects.Assignment assignment(String id, String org) {
    return new WinningProjects.Assignment(
        ApplicationId.of("app-" + id),
        OrganizationId.of(org),
        new ProjectId("p-" + id),
        ServiceDomain.ELDERLY_CARE,
        Money.ofYuan(20_000));
  }

  static Programme programme() {
    return Programme.launch(
            ProgrammeId.of("micro-2026"),
            "微基金",
            "雨花街道",
            2026,
            ProgrammeKind.VENTURE_PHILANTHROPY,
            Money.ofYuan(200_000),
            Eligibility.open(),
            "officer",
            T)
        .openCall(
            CALL,
            "提案大赛项目",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31),
            List.of(),
            GuidanceList.screen(
                DivisionCode.parse("320114"), 2026, List.of(), GuidanceScreen.defaults()),
            "officer",
            T);
  }

  static Organization organization(String id) {
    return Organization.create(
            OrganizationId.of(id),
            NewOrganization.filed(
                "互助会" + id,
                DivisionCode.parse("320114001001"),
                DivisionCode.parse("320114001"),
                LocalDate.of(2024, 1, 1)),
            CLOCK)
        .changeDomains(Set.of(ServiceDomain.ELDERLY_CARE), CLOCK);
  }

  @Test
  void the_winners_of_a_contest_become_applications_to_one_call_keeping_the_link() {
    List<RankedEntry> ranking =
        List.of(ranked(1, "E3"), ranked(2, "E1"), ranked(2, "E7"), ranked(4, "E2"));
    Map<EntryId, WinningProjects.Assignment> assignments = new HashMap<>();
    assignments.put(EntryId.of("E3"), assignment("3", "org-a"));
    assignments.put(EntryId.of("E1"), assignment("1", "org-b"));
    assignments.put(EntryId.of("E7"), assignment("7", "org-a"));
    List<NewApplication> forms =
        WinningProjects.fromContest(
            ContestId.of("golden-2026"), ranking, 2, assignments, CALL, DAY);
    assertThat(forms)
        .extracting(f -> f.origin().orElseThrow())
        .containsExactly(
            new ProjectOrigin(OriginKind.PROPOSAL_CONTEST, "golden-2026/E3"),
            new ProjectOrigin(OriginKind.PROPOSAL_CONTEST, "golden-2026/E1"),
            new ProjectOrigin(OriginKind.PROPOSAL_CONTEST, "golden-2026/E7"));
    Map<OrganizationId, Organization> registry =
        Map.of(
            OrganizationId.of("org-a"), organization("org-a"),
            OrganizationId.of("org-b"), organization("org-b"));
    List<Application> applications =
        Application.submitAll(
            programme(), id -> Optional.ofNullable(registry.get(id)), forms, "officer", T);
    InMemoryApplications store = new InMemoryApplications();
    store.addAll(applications);
    assertThat(store.toCall(ProgrammeId.of("micro-2026"), CALL))
        .extracting(a -> a.origin().orElseThrow().reference())
        .containsExactlyInAnyOrder("golden-2026/E3", "golden-2026/E1", "golden-2026/E7");
  }

  @Test
  void the_projects_a_micro_fund_vote_selected_enter_in_selection_order() {
    BudgetOutcome outcome =
        new BudgetOutcome(
            "greedy",
            50_000,
            List.of(
                new BudgetOutcome.Selection(new CandidateId("c2"), 20_000, 88, "greedy"),
                new BudgetOutcome.Selection(new CandidateId("c1"), 20_000, 88, "greedy")),
            List.of(),
            List.of(),
            Map.of(),
            0,
            0);
    Map<CandidateId, WinningProjects.Assignment> assignments =
        Map.of(
            new CandidateId("c1"), assignment("c1", "org-a"),
            new CandidateId("c2"), assignment("c2", "org-a"));
    List<NewApplication> forms =
        WinningProjects.fromBudget("vote-9", outcome, assignments, CALL, DAY);
    assertThat(forms)
        .extracting(f -> f.origin().orElseThrow().reference())
        .containsExactly("vote-9/c2", "vote-9/c1");
    assertThat(forms)
        .allSatisfy(
            f -> assertThat(f.origin().orElseThrow().kind()).isEqualTo(OriginKind.MICRO_FUND_VOTE));
  }

  @Test
  void a_winner_without_an_organization_or_an_unknown_applicant_refuses_them_all() {
    List<RankedEntry> ranking = List.of(ranked(1, "E3"), ranked(2, "E1"));
    Map<EntryId, WinningProjects.Assignment> some =
        Map.of(EntryId.of("E3"), assignment("3", "org-a"));
    assertThatThrownBy(
            () -> WinningProjects.fromContest(ContestId.of("c"), ranking, 2, some, CALL, DAY))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    List<NewApplication> forms =
        WinningProjects.fromContest(ContestId.of("c"), ranking, 1, some, CALL, DAY);
    assertThatThrownBy(
            () -> Application.submitAll(programme(), id -> Optional.empty(), forms, "officer", T))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_SETTING_INVALID));
    assertThatThrownBy(
            () -> WinningProjects.fromContest(ContestId.of("c"), ranking, 0, some, CALL, DAY))
        .isInstanceOf(RegistryException.class);
    List<NewApplication> late =
        WinningProjects.fromContest(
            ContestId.of("c"), ranking, 1, some, CALL, LocalDate.of(2026, 4, 1));
    Organization org = organization("org-a");
    assertThatThrownBy(
            () -> Application.submitAll(programme(), id -> Optional.of(org), late, "officer", T))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegistryError.PROGRAMME_CALL_CLOSED));
  }
}
