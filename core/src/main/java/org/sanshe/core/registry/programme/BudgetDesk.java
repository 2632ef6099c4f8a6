package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * Runs budget commands against a {@link Budgets} store: load, command, update. Every budget command
 * checks its rules against the state it reads, so after a version conflict (another writer stored
 * first) it is safe to run again on the fresh state: the desk retries up to {@value #ATTEMPTS}
 * times after a short random wait that grows with each attempt. A command given an expected version
 * is never retried: a conflict then means the caller's view is stale.
 *
 * <p>Immutable and thread-safe when its store is.
 */
public final class BudgetDesk {

  /** How often a command is tried before its conflict is reported. */
  public static final int ATTEMPTS = 8;

  private final Budgets budgets;

  /**
   * Creates the desk.
   *
   * @param budgets the store, not null
   */
  public BudgetDesk(Budgets budgets) {
    this.budgets = Objects.requireNonNull(budgets, "budgets");
  }

  /**
   * Applies a command, retrying it after version conflicts.
   *
   * @param programme the programme, not null
   * @param command the command, not null; it may run several times
   * @return the budget as stored (its version is now stale: find it again to go on)
   * @throws RegistryException with {@code BUDGET_NOT_FOUND}, the command's codes, or {@code
   *     BUDGET_VERSION_CONFLICT} after {@value #ATTEMPTS} attempts
   */
  public ProgrammeBudget apply(ProgrammeId programme, UnaryOperator<ProgrammeBudget> command) {
    return run(programme, -1, command);
  }

  /**
   * Applies a command to the version the caller read, without retrying.
   *
   * @param programme the programme, not null
   * @param expectedVersion the version the caller read
   * @param command the command, not null
   * @return the budget as stored
   * @throws RegistryException with {@code PROGRAMME_SETTING_INVALID} (negative version), {@code
   *     BUDGET_NOT_FOUND}, the command's codes, or {@code BUDGET_VERSION_CONFLICT} if the stored
   *     version is another
   */
  public ProgrammeBudget apply(
      ProgrammeId programme, long expectedVersion, UnaryOperator<ProgrammeBudget> command) {
    if (expectedVersion < 0) {
      throw Checks.invalid(
          org.sanshe.core.error.Wording.of("The expected version", "预期版本"),
          org.sanshe.core.error.Wording.of("not negative", "不能为负"));
    }
    return run(programme, expectedVersion, command);
  }

  /**
   * Commits money, retrying after conflicts.
   *
   * @param programme the programme, not null
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget as stored
   * @throws RegistryException with the codes of {@link ProgrammeBudget#commit}
   */
  public ProgrammeBudget commit(
      ProgrammeId programme,
      ProjectId project,
      FundingSource source,
      Money amount,
      String actor,
      Instant at) {
    return apply(programme, b -> b.commit(project, source, amount, actor, at));
  }

  /**
   * Pays money, retrying after conflicts.
   *
   * @param programme the programme, not null
   * @param project the project, not null
   * @param source the source, not null
   * @param amount a positive amount
   * @param actor who acts, an id
   * @param at when, not null
   * @return the budget as stored
   * @throws RegistryException with the codes of {@link ProgrammeBudget#pay}
   */
  public ProgrammeBudget pay(
      ProgrammeId programme,
      ProjectId project,
      FundingSource source,
      Money amount,
      String actor,
      Instant at) {
    return apply(programme, b -> b.pay(project, source, amount, actor, at));
  }

  private ProgrammeBudget run(
      ProgrammeId programme, long expected, UnaryOperator<ProgrammeBudget> command) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(command, "command");
    for (int attempt = 1; ; attempt++) {
      ProgrammeBudget read =
          budgets
              .find(programme)
              .orElseThrow(() -> new RegistryException(RegistryError.BUDGET_NOT_FOUND, programme));
      if (expected >= 0 && read.version() != expected) {
        throw new StaleVersionException(
            RegistryError.BUDGET_VERSION_CONFLICT, programme, expected, read.version());
      }
      ProgrammeBudget next = Objects.requireNonNull(command.apply(read), "command result");
      try {
        budgets.update(next);
        return next;
      } catch (RegistryException e) {
        if (e.errorCode() != RegistryError.BUDGET_VERSION_CONFLICT
            || expected >= 0
            || attempt >= ATTEMPTS
            || !backOff(attempt)) {
          throw e;
        }
      }
    }
  }

  private static boolean backOff(int attempt) {
    long bound = 1L << Math.min(attempt - 1, 6);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
