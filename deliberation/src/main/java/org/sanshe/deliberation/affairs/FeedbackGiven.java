package org.sanshe.deliberation.affairs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.identifier.HashedIdentity;

/**
 * The reporter of a settled matter said whether they are satisfied with how it was settled, and
 * why. The resident is referred to by keyed hash only. Immutable; {@link #toString()} shows no
 * reason text (it may name people).
 *
 * @param matter the matter
 * @param resident the reporter's keyed hash
 * @param handler the handler who settled it (the subject of the feedback)
 * @param satisfied whether the reporter is satisfied
 * @param reason why, or null (required when not satisfied)
 * @param at when, from the injected clock
 */
public record FeedbackGiven(
    MatterId matter,
    HashedIdentity resident,
    Handler handler,
    boolean satisfied,
    String reason,
    Instant at)
    implements MatterEvent {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component other than reason is null, or the reason is null
   *     when not satisfied
   */
  public FeedbackGiven {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(resident, "resident");
    Objects.requireNonNull(handler, "handler");
    if (!satisfied) {
      Objects.requireNonNull(reason, "reason");
    }
    Objects.requireNonNull(at, "at");
  }

  /**
   * Returns the resident as actor.
   *
   * @return {@link ActorId#resident(HashedIdentity)}
   */
  @Override
  public ActorId by() {
    return ActorId.resident(resident);
  }

  /**
   * Returns the reason.
   *
   * @return the reason, or empty
   */
  public Optional<String> reasonGiven() {
    return Optional.ofNullable(reason);
  }

  @Override
  public String toString() {
    return "FeedbackGiven["
        + matter
        + ", "
        + handler
        + ", satisfied="
        + satisfied
        + ", "
        + at
        + "]";
  }
}
