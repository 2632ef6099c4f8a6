package org.sanshe.benchmarks.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.programme.BudgetDesk;
import org.sanshe.core.registry.programme.BudgetMovementKind;
import org.sanshe.core.registry.programme.Budgets;
import org.sanshe.core.registry.programme.Eligibility;
import org.sanshe.core.registry.programme.Programme;
import org.sanshe.core.registry.programme.ProgrammeBudget;
import org.sanshe.core.registry.programme.ProgrammeId;
import org.sanshe.core.registry.programme.ProgrammeKind;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * A district year of programme budgets: 100 programmes of 50 projects each (5,000 projects), every
 * project funded from two sources (fiscal and one other), and 10,000 movements per programme
 * (1,000,000 in all): 25 rounds over the 100 lines of plan 10 yuan, commit 10 yuan, pay 5 yuan and
 * pay 4 yuan (every fifth round gives 1 yuan back instead of the second payment). Applied through
 * the {@link BudgetDesk}, so every rule is checked, in saves of {@value #MOVES_PER_SAVE} movements.
 */
final class DistrictYear {

  static final int PROGRAMMES = 100;
  static final int PROJECTS_PER_PROGRAMME = 50;
  static final int ROUNDS = 25;
  static final int MOVES_PER_SAVE = 500;
  static final long MOVEMENTS = (long) PROGRAMMES * PROJECTS_PER_PROGRAMME * 2 * ROUNDS * 4;

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
  private static final String ACTOR = "bench";
  private static final FundingSource[] OTHER = {
    FundingSource.ENTERPRISE,
    FundingSource.FOUNDATION,
    FundingSource.PUBLIC_DONATION,
    FundingSource.SELF_GENERATED
  };

  private DistrictYear() {}

  static List<ProgrammeId> ids() {
    List<ProgrammeId> ids = new ArrayList<>(PROGRAMMES);
    for (int p = 0; p < PROGRAMMES; p++) {
      ids.add(ProgrammeId.of(String.format("prg-%03d", p)));
    }
    return ids;
  }

  private record Move(
      BudgetMovementKind kind, ProjectId project, FundingSource source, Money amount) {}

  /** Loads the year into an empty store. */
  static void load(Budgets budgets) {
    BudgetDesk desk = new BudgetDesk(budgets);
    Money ten = Money.ofYuan(10);
    Money five = Money.ofYuan(5);
    Money four = Money.ofYuan(4);
    Money one = Money.ofYuan(1);
    for (ProgrammeId id : ids()) {
      Programme programme =
          Programme.launch(
              id,
              "programme " + id,
              "district",
              2026,
              ProgrammeKind.VENTURE_PHILANTHROPY,
              Money.ofYuan(30_000),
              Eligibility.open(),
              ACTOR,
              AT);
      budgets.add(ProgrammeBudget.open(programme, ACTOR, AT));
      List<Move> moves = new ArrayList<>(MOVES_PER_SAVE);
      for (int round = 0; round < ROUNDS; round++) {
        for (int j = 0; j < PROJECTS_PER_PROGRAMME; j++) {
          ProjectId project = new ProjectId(id.value() + "-p" + j);
          for (FundingSource source : new FundingSource[] {FundingSource.FISCAL, OTHER[j % 4]}) {
            moves.add(new Move(BudgetMovementKind.PLANNED, project, source, ten));
            moves.add(new Move(BudgetMovementKind.COMMITTED, project, source, ten));
            moves.add(new Move(BudgetMovementKind.PAID, project, source, five));
            moves.add(
                round % 5 == 4
                    ? new Move(BudgetMovementKind.RETURNED, project, source, one)
                    : new Move(BudgetMovementKind.PAID, project, source, four));
            if (moves.size() >= MOVES_PER_SAVE) {
              save(desk, id, moves);
            }
          }
        }
      }
      save(desk, id, moves);
    }
  }

  private static void save(BudgetDesk desk, ProgrammeId id, List<Move> moves) {
    if (moves.isEmpty()) {
      return;
    }
    List<Move> batch = List.copyOf(moves);
    moves.clear();
    desk.apply(
        id,
        b -> {
          ProgrammeBudget next = b;
          for (Move m : batch) {
            next = next.move(m.kind(), m.project(), m.source(), m.amount(), ACTOR, AT);
          }
          return next;
        });
  }
}
