package org.sanshe.deliberation.vote;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.error.AffairsError;
import org.sanshe.deliberation.affairs.error.AffairsException;

/**
 * The desk that runs votes over a store: sets them up, takes ballots at the clock's time, and
 * decides closed votes by a rule. Thread-safe when its store is: commands on one vote lock that
 * vote's object, which serializes them when the store hands out one instance per vote (as the
 * in-memory store does).
 */
public final class VotingDesk {

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
   * Sets up a vote.
   *
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options the options, at least two, distinct
   * @param window when ballots are accepted, not null
   * @return the event naming the new vote
   * @throws AffairsException as {@link Vote#open}
   */
  public VoteOpened open(
      String subject, Electorate electorate, List<Option> options, VotingWindow window) {
    Vote vote = Vote.open(VoteId.of(ids.nextId()), subject, electorate, options, window);
    votes.add(vote);
    return vote.opened(clock.instant());
  }

  /**
   * Casts a secret ballot at the clock's time.
   *
   * @param vote the vote, not null
   * @param voter the voter, not null
   * @param choice the option, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_UNKNOWN} or as {@link Vote#cast}
   */
  public BallotCast cast(VoteId vote, VoterId voter, Option choice) {
    Vote v = find(vote);
    synchronized (v) {
      BallotCast event = v.cast(voter, choice, clock.instant());
      votes.update(v);
      return event;
    }
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
    Vote v = find(vote);
    synchronized (v) {
      return v.decide(rule, option, clock.instant());
    }
  }

  /**
   * Counts a closed vote.
   *
   * @param vote the vote, not null
   * @return the tally
   * @throws AffairsException with {@code VOTE_UNKNOWN} or {@code VOTE_STILL_OPEN}
   */
  public Tally tally(VoteId vote) {
    Vote v = find(vote);
    synchronized (v) {
      return v.tally(clock.instant());
    }
  }

  private Vote find(VoteId id) {
    Objects.requireNonNull(id, "id");
    return votes.find(id).orElseThrow(() -> new AffairsException(AffairsError.VOTE_UNKNOWN, id));
  }
}
