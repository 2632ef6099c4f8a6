package org.sanshe.core.registry.programme;

import java.time.Instant;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.registry.project.NeedId;

/**
 * Something that happened to a district's guidance list, in the past tense, naming who acted and
 * when. Immutable records, thread-safe.
 */
public sealed interface GuidanceEvent {

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
   * The district screened the streets' service lists into its guidance list.
   *
   * @param district the district
   * @param year the year
   * @param actor who screened
   * @param at when
   * @param accepted how many needs were accepted
   */
  record GuidanceListScreened(
      DivisionCode district, int year, String actor, Instant at, int accepted)
      implements GuidanceEvent {}

  /**
   * A need was marked funded.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param need the need
   */
  record NeedFunded(DivisionCode district, int year, String actor, Instant at, NeedId need)
      implements GuidanceEvent {}

  /**
   * A need was marked met.
   *
   * @param district the district
   * @param year the year
   * @param actor who acted
   * @param at when
   * @param need the need
   */
  record NeedMet(DivisionCode district, int year, String actor, Instant at, NeedId need)
      implements GuidanceEvent {}
}
