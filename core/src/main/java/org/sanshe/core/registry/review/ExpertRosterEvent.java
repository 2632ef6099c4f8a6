package org.sanshe.core.registry.review;

import java.time.Instant;
import java.util.List;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.project.ProjectId;
import org.sanshe.core.registry.project.ReviewStage;

/**
 * Something that happened to a district's expert roster, in the past tense, naming who acted and
 * when. Immutable records, thread-safe. No personal data: experts are named by id.
 */
public sealed interface ExpertRosterEvent {

  /**
   * Returns the district.
   *
   * @return the code
   */
  DivisionCode district();

  /**
   * Returns the year.
   *
   * @return the year
   */
  int year();

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
   * A roster was opened for a year.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param experts how many experts it opened with
   */
  record RosterOpened(DivisionCode district, int year, String actor, Instant at, int experts)
      implements ExpertRosterEvent {}

  /**
   * An expert was enrolled with declared ties.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param expert the expert's id
   * @param ties the declared ties
   */
  record ExpertEnrolled(
      DivisionCode district,
      int year,
      String actor,
      Instant at,
      String expert,
      List<OrganizationId> ties)
      implements ExpertRosterEvent {
    /** Copies the ties. */
    public ExpertEnrolled {
      ties = List.copyOf(ties);
    }
  }

  /**
   * An expert declared ties anew (the list replaces the earlier one).
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param expert the expert's id
   * @param ties the declared ties
   */
  record TiesDeclared(
      DivisionCode district,
      int year,
      String actor,
      Instant at,
      String expert,
      List<OrganizationId> ties)
      implements ExpertRosterEvent {
    /** Copies the ties. */
    public TiesDeclared {
      ties = List.copyOf(ties);
    }
  }

  /**
   * A panel was drawn and recorded.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param project the project
   * @param stage the review stage
   * @param applicant the implementing organization
   * @param seed the seed of the draw
   * @param drawn the experts drawn, in draw order
   */
  record PanelDrawn(
      DivisionCode district,
      int year,
      String actor,
      Instant at,
      ProjectId project,
      ReviewStage stage,
      OrganizationId applicant,
      long seed,
      List<String> drawn)
      implements ExpertRosterEvent {
    /** Copies the drawn experts. */
    public PanelDrawn {
      drawn = List.copyOf(drawn);
    }
  }

  /**
   * An expert was seated on a panel by hand.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param project the project
   * @param stage the review stage
   * @param expert the expert seated
   */
  record ExpertSeated(
      DivisionCode district,
      int year,
      String actor,
      Instant at,
      ProjectId project,
      ReviewStage stage,
      String expert)
      implements ExpertRosterEvent {}
}
