package org.sanshe.core.registry.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.project.NeedId;

/**
 * Something that happened to a programme, in the past tense, naming who acted and when. Immutable
 * records, thread-safe.
 */
public sealed interface ProgrammeEvent {

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
   * A programme was launched.
   *
   * @param programme the id
   * @param actor who acted
   * @param at when
   * @param year the funding year
   * @param kind the kind
   * @param budget the budget
   */
  record ProgrammeLaunched(
      ProgrammeId programme, String actor, Instant at, int year, ProgrammeKind kind, Money budget)
      implements ProgrammeEvent {}

  /**
   * A call was opened.
   *
   * @param programme the programme
   * @param actor who acted
   * @param at when
   * @param call the call
   * @param opensOn the first day
   * @param closesOn the last day
   * @param covers the needs covered
   */
  record CallOpened(
      ProgrammeId programme,
      String actor,
      Instant at,
      CallId call,
      LocalDate opensOn,
      LocalDate closesOn,
      List<NeedId> covers)
      implements ProgrammeEvent {
    /** Copies the needs. */
    public CallOpened {
      covers = List.copyOf(covers);
    }
  }

  /**
   * A call was closed early.
   *
   * @param programme the programme
   * @param actor who acted
   * @param at when
   * @param call the call
   * @param closedOn the first day it takes no applications
   */
  record CallClosed(
      ProgrammeId programme, String actor, Instant at, CallId call, LocalDate closedOn)
      implements ProgrammeEvent {}
}
