package org.sanshe.deliberation.ownersvote;

import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * One entry of a signed vote's ballot register: which owner voted, for which unit and floor area,
 * for which option, and whether directly or by a proxy. Kept for owners to inspect; a recount from
 * the register must equal the vote's counters. The owner and proxy are ids ({@link VoterId}, hashed
 * or local), never names; {@link #toString()} shows only the option and whether by proxy.
 * Immutable.
 *
 * @param owner the owner whose ballot it is
 * @param unit the unit the ballot names (as the owner wrote it, e.g. a building-unit-room number)
 * @param area the owner's exclusive floor area from the roster ({@link FloorArea#ZERO} for a
 *     headcount-only vote)
 * @param choice the option chosen
 * @param castBy who cast it: the owner, or the owner's authorized proxy
 */
public record SignedBallot(
    VoterId owner, String unit, FloorArea area, Option choice, VoterId castBy) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_TEXT_BLANK} for a
   *     blank unit
   */
  public SignedBallot {
    Objects.requireNonNull(owner, "owner");
    unit = Checks.text(unit, "unit");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(castBy, "castBy");
  }

  /**
   * Tells whether a proxy cast this ballot.
   *
   * @return true if cast by someone other than the owner
   */
  public boolean byProxy() {
    return !castBy.equals(owner);
  }

  @Override
  public String toString() {
    return "SignedBallot[***, " + choice + (byProxy() ? ", by proxy]" : ", direct]");
  }
}
