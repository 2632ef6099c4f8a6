package org.sanshe.deliberation.consultation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.deliberation.affairs.internal.Checks;

/**
 * An objection raised while a decision is publicized, and its ruling. Immutable: a ruling gives a
 * new value.
 *
 * @param number the objection's number within its consultation, from 1
 * @param grounds why, not blank
 * @param raisedAt when raised
 * @param outcome pending, upheld, dismissed, or moot (another objection sent the decision back)
 * @param ruling the ruling's reason, empty while pending
 * @param ruledAt when ruled, or null while pending
 */
public record Objection(
    int number, String grounds, Instant raisedAt, Outcome outcome, String ruling, Instant ruledAt) {

  /** Where an objection stands. */
  public enum Outcome {
    /** Not ruled yet. */
    PENDING,
    /** Upheld: the decision goes back to deliberation. */
    UPHELD,
    /** Dismissed. */
    DISMISSED,
    /** Closed without a ruling because another upheld objection sent the decision back. */
    MOOT
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component other than ruledAt is null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_TEXT_BLANK}
   */
  public Objection {
    grounds = Checks.text(grounds, "grounds");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ruling, "ruling");
  }

  /**
   * Returns when it was ruled.
   *
   * @return the instant, or empty while pending
   */
  public Optional<Instant> ruledAtTime() {
    return Optional.ofNullable(ruledAt);
  }

  /**
   * Returns this objection ruled.
   *
   * @param result the outcome, not pending
   * @param reason the reason
   * @param at when
   * @return the ruled objection
   */
  Objection ruled(Outcome result, String reason, Instant at) {
    return new Objection(number, grounds, raisedAt, result, reason, at);
  }
}
