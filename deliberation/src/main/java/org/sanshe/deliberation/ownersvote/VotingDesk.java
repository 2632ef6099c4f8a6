package org.sanshe.deliberation.ownersvote;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.internal.Optimistic;
import org.sanshe.deliberation.error.AffairsError;
import org.sanshe.deliberation.error.AffairsException;

/**
 * The desk that runs votes over a store: sets them up, takes ballots at the clock's time, and
 * decides closed votes by a rule.
 *
 * <p><b>Correct over any store.</b> The desk holds no vote and locks nothing: a ballot goes to the
 * store's {@link Votes#cast}, which records it atomically (the register refuses a second ballot by
 * the same voter, even from another server), and reads load a fresh instance. Casting is safe to
 * run again (it re-checks everything, and a voter who voted meanwhile is refused), so when a store
 * reports {@code AFFAIRS_VERSION_CONFLICT} for a cast without an expected version the desk retries
 * it, up to {@value #ATTEMPTS} times, then reports the conflict. A cast with an expected version
 * (from a portal's edit form, If-Match) is never retried: a different stored version is reported at
 * once.
 *
 * <p>Immutable; thread-safe when its store is.
 */
public final class VotingDesk {

  /** How many times a cast is tried when the store reports a version conflict. */
  public static final int ATTEMPTS = 8;

  private final Votes votes;
  private final Clock clock;
  private final IdSource ids;

  /**
   * Creates the desk.
   *
   * @param votes the store, not null
   * @param clock the clock, not null
   * @param ids the id source, not null
   */
  public VotingDesk(Votes votes, Clock clock, IdSource ids) {
    this.votes = Objects.requireNonNull(votes, "votes");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /**
   * Sets up a vote and stores it as version 1.
   *
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options the options, at least two, distinct
   * @param window when ballots are accepted, not null
   * @return the event naming the new vote
   * @throws AffairsException as {@link Vote#open}, or from the store
   */
  public VoteOpened open(
      String subject, Electorate electorate, List<Option> options, VotingWindow window) {
    Vote vote =
        Vote.open(VoteId.of(ids.nextId()), subject, electorate, options, window, clock.instant());
    VoteOpened event = (VoteOpened) vote.pendingEvents().get(0);
    votes.add(vote);
    return event;
  }

  /**
   * Casts a secret ballot at the clock's time, retrying on a version conflict (see the class
   * documentation).
   *
   * @param vote the vote, not null
   * @param voter the voter, not null
   * @param choice the option, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT} after
   *     {@value #ATTEMPTS} attempts, or as {@link Vote#cast}
   */
  public BallotCast cast(VoteId vote, VoterId voter, Option choice) {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(choice, "choice");
    for (int attempt = 1; ; attempt++) {
      try {
        return votes.cast(vote, voter, choice, clock.instant(), Votes.ANY_VERSION);
      } catch (AffairsException e) {
        if (e.affairsError() != AffairsError.AFFAIRS_VERSION_CONFLICT
            || attempt >= ATTEMPTS
            || !Optimistic.backOff(attempt)) {
          throw e;
        }
      }
    }
  }

  /**
   * Casts a secret ballot at the clock's time in a vote the caller saw at a version.
   *
   * @param vote the vote, not null
   * @param voter the voter, not null
   * @param choice the option, not null
   * @param expectedVersion the version the caller saw (with {@link Votes#ANY_VERSION}: any version,
   *     and no retry)
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT} at once if the stored version
   *     differs, {@code VOTE_UNKNOWN}, or as {@link Vote#cast}
   */
  public BallotCast cast(VoteId vote, VoterId voter, Option choice, long expectedVersion) {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(choice, "choice");
    return votes.cast(vote, voter, choice, clock.instant(), expectedVersion);
  }

  /**
   * Decides a closed vote.
   *
   * @param vote the vote, not null
   * @param rule the rule, not null
   * @param option the option whose support is measured, not null
   * @return the decision
   * @throws AffairsException with {@code VOTE_UNKNOWN} or as {@link Vote#decide}
   */
  public VoteDecision decide(VoteId vote, VoteRule rule, Option option) {
    return find(vote).decide(rule, option, clock.instant());
  }

  /**
   * Counts a closed vote.
   *
   * @param vote the vote, not null
   * @return the tally
   * @throws AffairsException with {@code VOTE_UNKNOWN} or {@code VOTE_STILL_OPEN}
   */
  public VoteTally tally(VoteId vote) {
    return find(vote).tally(clock.instant());
  }

  private Vote find(VoteId id) {
    Objects.requireNonNull(id, "id");
    return votes.find(id).orElseThrow(() -> new AffairsException(AffairsError.VOTE_UNKNOWN, id));
  }
}
