package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sanshe.deliberation.affairs.ActorId;

/**
 * A vote was set up. Immutable.
 *
 * @param vote the vote
 * @param subject what is voted on
 * @param options the options
 * @param window when ballots are accepted
 * @param electors the electorate's headcount
 * @param mode how ballots are kept
 * @param actor who set it up ({@link ActorId#UNRECORDED} when opened through an overload that names
 *     nobody)
 * @param at when it was recorded
 */
public record VoteOpened(
    VoteId vote,
    String subject,
    List<Option> options,
    VotingWindow window,
    int electors,
    BallotMode mode,
    ActorId actor,
    Instant at)
    implements VoteEvent {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component is null
   */
  public VoteOpened {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(subject, "subject");
    options = List.copyOf(options);
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }

  /**
   * Returns the event of a secret vote set up by nobody recorded, as before modes and actors were
   * recorded.
   *
   * @param vote the vote
   * @param subject what is voted on
   * @param options the options
   * @param window when ballots are accepted
   * @param electors the electorate's headcount
   * @param at when it was recorded
   */
  public VoteOpened(
      VoteId vote,
      String subject,
      List<Option> options,
      VotingWindow window,
      int electors,
      Instant at) {
    this(vote, subject, options, window, electors, BallotMode.SECRET, ActorId.UNRECORDED, at);
  }
}
