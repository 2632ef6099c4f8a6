package org.sanshe.core.registry.programme;

import java.time.Instant;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.FundingSource;
import org.sanshe.core.registry.project.ProjectId;

/**
 * Something that happened to a programme's budget, in the past tense, naming who acted and when.
 * Immutable records, thread-safe.
 */
public sealed interface BudgetEvent {

  /**
   * Returns the programme.
   *
   * @return the id
   */
  ProgrammeId programme();

  /**
   * Returns who acted.
   *
   * @return the actor's id
   */
  String actor();

  /**
   * Returns when.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The budget was opened with its ceiling.
   *
   * @param programme the programme
   * @param actor who acted
   * @param at when
   * @param ceiling the programme's budget
   */
  record BudgetOpened(ProgrammeId programme, String actor, Instant at, Money ceiling)
      implements BudgetEvent {}

  /**
   * Money moved on a line: one movement of the budget's journal.
   *
   * @param programme the programme
   * @param actor who acted
   * @param at when
   * @param number the movement's number in the budget, from 1
   * @param project the project
   * @param source the source
   * @param kind what the movement did
   * @param amount the amount, positive
   */
  record BudgetMoved(
      ProgrammeId programme,
      String actor,
      Instant at,
      long number,
      ProjectId project,
      FundingSource source,
      BudgetMovementKind kind,
      Money amount)
      implements BudgetEvent {}
}
