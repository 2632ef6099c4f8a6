package org.sanshe.core.registry.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sanshe.core.Theories.qt;
import static org.sanshe.core.registry.programme.ProgrammeFixture.ACTOR;
import static org.sanshe.core.registry.programme.ProgrammeFixture.AT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * After any sequence of accepted and refused budget commands: commitments never exceed the
 * programme's budget, payments net of returns never exceed a line's commitment, returns never
 * exceed payments; every refusal is the one a plain model of the rules predicts, and changes
 * nothing.
 */
class BudgetProperties {

  private static final long CEILING = 10_000;

  /** A plain model of one line in fen: committed, paid, returned. */
  private static final class Line {
    long committed;
    long paid;
    long returned;
  }

  private static ProgrammeBudget fresh() {
    return ProgrammeBudget.open(
        Programme.launch(
            ProgrammeId.of("P"),
            "p",
            "s",
            2026,
            ProgrammeKind.OTHER,
            Money.of(CEILING),
            Eligibility.open(),
            ACTOR,
            AT),
        ACTOR,
        AT);
  }

  @Test
  void the_budget_is_never_overspent_and_refusals_change_nothing() {
    qt(300)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 120))
        .checkAssert(
            commands -> {
              ProgrammeBudget b = fresh();
              Map<String, Line> model = new HashMap<>();
              long committedTotal = 0;
              for (int c : commands) {
                BudgetMovementKind kind = BudgetMovementKind.values()[c % 5];
                ProjectId project = new ProjectId("p" + (c / 5) % 3);
                FundingSource source = FundingSource.values()[(c / 15) % 2];
                long fen = 1 + (c / 30) % 4_000;
                Line l = model.computeIfAbsent(project + "/" + source, k -> new Line());
                RegistryError expected =
                    switch (kind) {
                      case PLANNED -> null;
                      case COMMITTED ->
                          committedTotal + fen > CEILING
                              ? RegistryError.BUDGET_OVERCOMMITTED
                              : null;
                      case PAID ->
                          l.paid - l.returned + fen > l.committed
                              ? RegistryError.BUDGET_PAYMENT_ABOVE_COMMITTED
                              : null;
                      case RETURNED ->
                          l.returned + fen > l.paid ? RegistryError.BUDGET_RETURN_ABOVE_PAID : null;
                      case RELEASED ->
                          fen > l.committed - (l.paid - l.returned)
                              ? RegistryError.BUDGET_RELEASE_ABOVE_UNPAID
                              : null;
                    };
                BudgetSnapshot before = b.snapshot();
                try {
                  b = b.move(kind, project, source, Money.of(fen), ACTOR, AT);
                  assertThat(expected).as("accepted %s %d", kind, fen).isNull();
                  switch (kind) {
                    case COMMITTED -> {
                      l.committed += fen;
                      committedTotal += fen;
                    }
                    case PAID -> l.paid += fen;
                    case RETURNED -> {
                      l.returned += fen;
                      l.committed -= fen;
                      committedTotal -= fen;
                    }
                    case RELEASED -> {
                      l.committed -= fen;
                      committedTotal -= fen;
                    }
                    case PLANNED -> {}
                  }
                } catch (RegistryException e) {
                  assertThat(e.errorCode()).isEqualTo(expected);
                  assertThat(b.snapshot()).isEqualTo(before);
                }
                check(b);
              }
              assertThat(b.report().total().committed().fen()).isEqualTo(committedTotal);
            });
  }

  private static void check(ProgrammeBudget b) {
    BudgetReport r = b.report();
    assertThat(r.total().committed().fen()).isBetween(0L, CEILING);
    BudgetFigures sum = BudgetFigures.ZERO;
    for (BudgetLine line : b.snapshot().lines()) {
      BudgetFigures f = line.figures();
      assertThat(f.netPaid().compareTo(f.committed())).isLessThanOrEqualTo(0);
      assertThat(f.returned().compareTo(f.paid())).isLessThanOrEqualTo(0);
      sum = sum.plus(f);
    }
    assertThat(sum).isEqualTo(r.total());
    assertThat(ProgrammeBudget.restore(b.snapshot()).report()).isEqualTo(r);
    assertThat(b.movements()).isEqualTo(b.pendingEvents().size() - 1L);
  }

  @Test
  void a_stored_line_paid_above_its_commitment_is_refused() {
    BudgetSnapshot s =
        new BudgetSnapshot(
            ProgrammeId.of("P"),
            1,
            Money.of(CEILING),
            2,
            List.of(
                new BudgetLine(
                    new ProjectId("p0"),
                    FundingSource.FISCAL,
                    new BudgetFigures(Money.ZERO, Money.of(5), Money.of(6), Money.ZERO))));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgrammeBudget.restore(s))
        .isInstanceOf(RegistryException.class);
  }
}
