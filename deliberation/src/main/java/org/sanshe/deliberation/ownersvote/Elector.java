package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import java.util.Optional;

/**
 * One member of an electorate: a voter and, for owners' votes, the exclusive floor area they hold
 * (the sum over their units: an owner of several units counts once by headcount). Immutable; the
 * area is checked by {@link Electorate}.
 *
 * @param voter the voter
 * @param area the floor area, or null for a headcount-only electorate
 */
public record Elector(VoterId voter, FloorArea area) {

  /**
   * Checks the voter.
   *
   * @throws NullPointerException if voter is null
   */
  public Elector {
    Objects.requireNonNull(voter, "voter");
  }

  /**
   * Returns a headcount-only elector.
   *
   * @param voter the voter, not null
   * @return the elector
   */
  public static Elector of(VoterId voter) {
    return new Elector(voter, null);
  }

  /**
   * Returns an owner with a floor area.
   *
   * @param voter the voter, not null
   * @param area the area, not null
   * @return the elector
   */
  public static Elector of(VoterId voter, FloorArea area) {
    return new Elector(voter, Objects.requireNonNull(area, "area"));
  }

  /**
   * Returns the area.
   *
   * @return the area, or empty for a headcount-only elector
   */
  public Optional<FloorArea> floorArea() {
    return Optional.ofNullable(area);
  }
}
