package org.sanshe.deliberation.budgeting;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sanshe.core.error.Problem;
import org.sanshe.core.error.Problems;
import org.sanshe.deliberation.ballot.Ballot;
import org.sanshe.deliberation.ballot.BallotBox;
import org.sanshe.deliberation.ballot.BallotConstraints;
import org.sanshe.deliberation.ballot.BallotProject;
import org.sanshe.deliberation.ballot.CandidateId;
import org.sanshe.deliberation.ballot.VotingError;
import org.sanshe.deliberation.ballot.VotingException;

/**
 * A participatory budget ready to be counted: the budget, the projects with their costs, the
 * ballots and the rules each ballot followed. Every ballot is checked when the budget is built.
 * Immutable and thread-safe.
 */
public final class ParticipatoryBudget {

  private final long budget;
  private final List<BallotProject> projects;
  private final Map<CandidateId, BallotProject> byId;
  private final BallotBox<? extends Ballot> ballots;
  private final BallotConstraints constraints;
  private final long currencyUnit;

  private ParticipatoryBudget(
      long budget,
      List<BallotProject> projects,
      Map<CandidateId, BallotProject> byId,
      BallotBox<? extends Ballot> ballots,
      BallotConstraints constraints,
      long currencyUnit) {
    this.currencyUnit = currencyUnit;
    this.budget = budget;
    this.projects = projects;
    this.byId = byId;
    this.ballots = ballots;
    this.constraints = constraints;
  }

  /**
   * Builds a budget and checks every ballot.
   *
   * @param budget the money to distribute, positive
   * @param projects the projects, not null, no id twice
   * @param ballots the ballots, not null
   * @param constraints the rules ballots followed, not null
   * @return the budget
   * @throws VotingException {@code BUDGET_NOT_POSITIVE} or {@code BUDGET_DUPLICATE_PROJECT}
   * @throws org.sanshe.core.error.InvalidInputException listing every ballot that names an unknown
   *     project or breaks a constraint ({@code BALLOT_...} codes, path {@code "ballot <the
   *     ballot>"})
   */
  public static ParticipatoryBudget of(
      long budget,
      List<BallotProject> projects,
      BallotBox<? extends Ballot> ballots,
      BallotConstraints constraints) {
    return of(budget, projects, ballots, constraints, 1);
  }

  /**
   * Builds a budget whose amounts are counted in a fraction of the currency, and checks every
   * ballot. Pabulib files with decimal amounts use it: with k decimals every amount is multiplied
   * by 10^k, so the budget and costs are whole numbers and the currency unit is 10^k. Only add1
   * (which raises the virtual budget by one currency unit per voter) looks at the unit.
   *
   * @param budget the money to distribute, positive, in units of 1/currencyUnit of the currency
   * @param projects the projects, not null, no id twice, costs in the same units
   * @param ballots the ballots, not null
   * @param constraints the rules ballots followed, not null (total cost in the same units)
   * @param currencyUnit how many units make one unit of the currency, positive
   * @return the budget
   * @throws VotingException {@code BUDGET_NOT_POSITIVE} (also for a unit below 1) or {@code
   *     BUDGET_DUPLICATE_PROJECT}
   * @throws org.sanshe.core.error.InvalidInputException listing every ballot that names an unknown
   *     project or breaks a constraint
   */
  public static ParticipatoryBudget of(
      long budget,
      List<BallotProject> projects,
      BallotBox<? extends Ballot> ballots,
      BallotConstraints constraints,
      long currencyUnit) {
    if (currencyUnit < 1) {
      throw new VotingException(VotingError.BUDGET_NOT_POSITIVE, currencyUnit);
    }
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(ballots, "ballots");
    Objects.requireNonNull(constraints, "constraints");
    if (budget <= 0) {
      throw new VotingException(VotingError.BUDGET_NOT_POSITIVE, budget);
    }
    Map<CandidateId, BallotProject> byId = new LinkedHashMap<>();
    for (BallotProject p : projects) {
      if (byId.put(Objects.requireNonNull(p, "project").id(), p) != null) {
        throw new VotingException(VotingError.BUDGET_DUPLICATE_PROJECT, p.id());
      }
    }
    Problems.Builder problems = Problems.builder();
    Map<CandidateId, BallotProject> index = new HashMap<>(byId);
    for (BallotBox.Counted<? extends Ballot> c : ballots.distinct()) {
      try {
        constraints.check(c.ballot(), "ballot", index.keySet(), id -> index.get(id).cost());
      } catch (VotingException first) {
        // only a refused ballot pays for its label
        String label = c.ballot().toString();
        try {
          constraints.check(c.ballot(), label, index.keySet(), id -> index.get(id).cost());
        } catch (VotingException e) {
          problems.add(Problem.of("ballot " + label, e));
        }
      }
    }
    problems.build().throwIfErrors();
    return new ParticipatoryBudget(
        budget,
        List.copyOf(projects),
        Collections.unmodifiableMap(byId),
        ballots,
        constraints,
        currencyUnit);
  }

  /**
   * Returns how many units of {@link #budget()} and of the costs make one unit of the currency: 1
   * for whole-number budgets, 10^k for a Pabulib file with k decimals.
   *
   * @return the unit, at least 1
   */
  public long currencyUnit() {
    return currencyUnit;
  }

  /**
   * Returns the budget.
   *
   * @return the money to distribute
   */
  public long budget() {
    return budget;
  }

  /**
   * Returns the projects in declared order.
   *
   * @return an unmodifiable list
   */
  public List<BallotProject> projects() {
    return projects;
  }

  /**
   * Returns a project by id.
   *
   * @param id the id
   * @return the project
   * @throws VotingException {@code BUDGET_UNKNOWN_PROJECT}
   */
  public BallotProject project(CandidateId id) {
    BallotProject p = byId.get(id);
    if (p == null) {
      throw new VotingException(VotingError.BUDGET_UNKNOWN_PROJECT, id);
    }
    return p;
  }

  /**
   * Returns the ballots.
   *
   * @return the ballot box
   */
  public BallotBox<? extends Ballot> ballots() {
    return ballots;
  }

  /**
   * Returns the ballot rules.
   *
   * @return the constraints
   */
  public BallotConstraints constraints() {
    return constraints;
  }

  /**
   * Returns the index of a project in {@link #projects()}.
   *
   * @param id the id
   * @return the index, or -1
   */
  int indexOf(CandidateId id) {
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "ParticipatoryBudget[budget "
        + budget
        + ", "
        + projects.size()
        + " projects, "
        + ballots.voters()
        + " voters]";
  }
}
