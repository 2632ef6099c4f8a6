package org.sanshe.deliberation.contest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.ServiceDomain;
import org.sanshe.core.registry.programme.ApplicationId;
import org.sanshe.core.registry.programme.CallId;
import org.sanshe.core.registry.programme.NewApplication;
import org.sanshe.core.registry.programme.OriginKind;
import org.sanshe.core.registry.programme.ProjectOrigin;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.budgeting.BudgetOutcome;

/**
 * Turns the winners of a proposal contest, or the projects a residents' micro-fund vote selected,
 * into applications to one call of a funding programme, each keeping a {@link ProjectOrigin} that
 * names the contest or vote and the entry ({@code contest/entry}). Core's {@code
 * Application.submitAll} then checks the call and each organization's eligibility, and the store's
 * {@code addAll} enters them together, all or none.
 *
 * <p>Stateless and thread-safe. Null arguments are refused with {@link NullPointerException}.
 */
public final class WinningProjects {

  private WinningProjects() {}

  /**
   * Who carries out a winning entry, with what: the application's id, the implementing
   * organization, the project (drafted in the project registry), its service domain and the amount
   * requested. Immutable.
   *
   * @param application the application's id
   * @param implementer the implementing organization
   * @param project the project
   * @param domain the service domain
   * @param requested the amount requested, positive
   */
  public record Assignment(
      ApplicationId application,
      OrganizationId implementer,
      ProjectId project,
      ServiceDomain domain,
      Money requested) {

    /** Checks for nulls. */
    public Assignment {
      Objects.requireNonNull(application, "application");
      Objects.requireNonNull(implementer, "implementer");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(requested, "requested");
    }
  }

  /**
   * The winners of a contest: the entries ranked within the first {@code places} (entries tied at
   * the last place all win), in rank order.
   *
   * @param contest the contest, not null
   * @param ranking the contest's ranking ({@link ProposalContest#ranking()}), not null
   * @param places how many places win, at least 1
   * @param assignments who carries out each winner, not null; every winner needs one
   * @param call the call entered, not null
   * @param appliedOn the day of the applications, not null
   * @return the applications, in rank order
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} (places below 1, a winner
   *     without an assignment) or {@code ORGANIZATION_ID_INVALID} (contest and entry ids longer
   *     than an origin reference holds)
   */
  public static List<NewApplication> fromContest(
      ContestId contest,
      List<RankedEntry> ranking,
      int places,
      Map<EntryId, Assignment> assignments,
      CallId call,
      LocalDate appliedOn) {
    Objects.requireNonNull(contest, "contest");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(assignments, "assignments");
    if (places < 1) {
      throw invalid(Wording.of("places", "获奖名额"), Wording.of("at least 1", "至少为 1"));
    }
    List<NewApplication> out = new ArrayList<>();
    for (RankedEntry e : ranking) {
      if (e.rank() > places) {
        continue;
      }
      out.add(
          form(
              assignments.get(e.entry()),
              OriginKind.PROPOSAL_CONTEST,
              contest.value() + "/" + e.entry().value(),
              call,
              appliedOn));
    }
    return List.copyOf(out);
  }

  /**
   * The projects a micro-fund or participatory-budget vote selected, in the order selected.
   *
   * @param vote the vote's reference (its id), not null
   * @param outcome the budgeting outcome, not null
   * @param assignments who carries out each selected project, not null; every one needs one
   * @param call the call entered, not null
   * @param appliedOn the day of the applications, not null
   * @return the applications, in selection order
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} (a selected project without an
   *     assignment) or {@code ORGANIZATION_ID_INVALID} (a reference too long)
   */
  public static List<NewApplication> fromBudget(
      String vote,
      BudgetOutcome outcome,
      Map<CandidateId, Assignment> assignments,
      CallId call,
      LocalDate appliedOn) {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(assignments, "assignments");
    List<NewApplication> out = new ArrayList<>();
    for (BudgetOutcome.Selection s : outcome.selected()) {
      out.add(
          form(
              assignments.get(s.project()),
              OriginKind.MICRO_FUND_VOTE,
              vote + "/" + s.project().value(),
              call,
              appliedOn));
    }
    return List.copyOf(out);
  }

  private static NewApplication form(
      Assignment a, OriginKind kind, String reference, CallId call, LocalDate appliedOn) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(appliedOn, "appliedOn");
    if (a == null) {
      throw invalid(
          Wording.of("The assignments", "承接安排"),
          Wording.of(
              "every winner has an implementing organization and a project", "每个胜出项目都须有承接组织和项目"));
    }
    return new NewApplication(
        a.application(),
        call,
        a.implementer(),
        a.project(),
        a.domain(),
        a.requested(),
        appliedOn,
        Optional.of(new ProjectOrigin(kind, reference)));
  }

  private static RegistryException invalid(Wording field, Wording rule) {
    return new RegistryException(RegistryError.PROGRAMME_SETTING_INVALID, field, rule);
  }
}
