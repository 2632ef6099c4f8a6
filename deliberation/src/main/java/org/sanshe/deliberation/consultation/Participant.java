package org.sanshe.deliberation.consultation;

import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * Someone taking part in a consultation, by a local id (never a resident ID number) and the party
 * they represent. Immutable.
 *
 * @param id the participant's local id, 1 to 64 characters without white space
 * @param party the party represented
 */
public record Participant(String id, Party party) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID}
   */
  public Participant {
    Checks.id(id, "participant id");
    Objects.requireNonNull(party, "party");
  }

  /**
   * Returns a participant.
   *
   * @param id the local id
   * @param party the party
   * @return the participant
   */
  public static Participant of(String id, Party party) {
    return new Participant(id, party);
  }
}
