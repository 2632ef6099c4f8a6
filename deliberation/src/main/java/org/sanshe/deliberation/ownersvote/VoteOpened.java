package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A vote was set up. Immutable.
 *
 * @param vote the vote
 * @param subject what is voted on
 * @param options the options
 * @param window when ballots are accepted
 * @param electors the electorate's headcount
 * @param at when it was recorded
 */
public record VoteOpened(
    VoteId vote,
    String subject,
    List<Option> options,
    VotingWindow window,
    int electors,
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
    Objects.requireNonNull(at, "at");
  }
}
