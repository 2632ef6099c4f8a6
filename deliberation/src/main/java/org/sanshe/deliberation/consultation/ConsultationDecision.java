package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.affairs.internal.Checks;
import org.sanshe.deliberation.ownersvote.VoteId;

/**
 * What a consultation decided, linked by id to the votes that carried it (none when it was settled
 * by consensus). Immutable.
 *
 * @param text the decision, not blank
 * @param votes the votes behind it, by id
 * @param at when decided
 */
public record ConsultationDecision(String text, List<VoteId> votes, Instant at) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public ConsultationDecision {
    text = Checks.text(text, "decision");
    votes = List.copyOf(votes);
    Objects.requireNonNull(at, "at");
  }
}
