package org.sanshe.deliberation.ownersvote;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.deliberation.affairs.ActorId;
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
 * <p><b>Signed votes</b> (owners' assemblies): recording a proxy authorization, casting a signed
 * ballot and signing the count load the vote, run the command and store it with {@link
 * Votes#update}; a version conflict (another server changed the vote meanwhile) is retried the same
 * way with a fresh instance, which re-checks everything, so a ballot is never counted twice and a
 * proxy never used twice. With an expected version nothing is retried.
 *
 * <p><b>Acting party.</b> The overloads with an {@link ActorId} record who acted in the events; the
 * older ones record {@link ActorId#UNRECORDED}. Secret ballots record nobody (see {@link
 * BallotCast}).
 *
 * <p>Immutable; thread-safe when its store is.
 */
public final class VotingDesk {

  /** How many times a cast is tried when the store reports a version conflict. */
  public static final int ATTEMPTS = 8;

  private static final Wording VOTE = Wording.of("vote", "表决");

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
    return open(subject, electorate, options, window, ActorId.UNRECORDED);
  }

  /**
   * Sets up a secret vote and stores it as version 1, naming who set it up.
   *
   * @param subject what is voted on, not blank
   * @param electorate who may vote, not null
   * @param options the options, at least two, distinct
   * @param window when ballots are accepted, not null
   * @param actor who sets it up, not null
   * @return the event naming the new vote
   * @throws AffairsException as {@link Vote#open}, or from the store
   */
  public VoteOpened open(
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      ActorId actor) {
    return store(
        Vote.open(
            VoteId.of(ids.nextId()), subject, electorate, options, window, actor, clock.instant()));
  }

  /**
   * Sets up a signed vote (an owners' assembly) and stores it as version 1.
   *
   * @param subject what is voted on, not blank
   * @param electorate the owners with their floor areas, not null
   * @param options the options, at least two, distinct
   * @param window when ballots are accepted, not null
   * @param scrutiny the scrutineers who will sign the count, not null
   * @param actor who sets it up, not null
   * @return the event naming the new vote
   * @throws AffairsException as {@link Vote#openSigned}, or from the store
   */
  public VoteOpened openSigned(
      String subject,
      Electorate electorate,
      List<Option> options,
      VotingWindow window,
      Scrutiny scrutiny,
      ActorId actor) {
    return store(
        Vote.openSigned(
            VoteId.of(ids.nextId()),
            subject,
            electorate,
            options,
            window,
            scrutiny,
            actor,
            clock.instant()));
  }

  private VoteOpened store(Vote vote) {
    VoteOpened event = (VoteOpened) vote.pendingEvents().get(0);
    votes.add(vote);
    return event;
  }

  /**
   * Records an owner's written proxy authorization in a signed vote (see the class documentation
   * for retries).
   *
   * @param vote the vote, not null
   * @param owner the owner, not null
   * @param proxy the proxy, not null
   * @param document the reference of the written authorization, not blank
   * @param actor who records it, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT} after
   *     {@value #ATTEMPTS} attempts, or as {@link Vote#authorizeProxy}
   */
  public ProxyAuthorized authorizeProxy(
      VoteId vote, VoterId owner, VoterId proxy, String document, ActorId actor) {
    return change(
        vote,
        Votes.ANY_VERSION,
        v -> v.authorizeProxy(owner, proxy, document, actor, clock.instant()));
  }

  /**
   * Casts a signed ballot at the clock's time (see the class documentation for retries).
   *
   * @param vote the vote, not null
   * @param owner the owner whose ballot it is, not null
   * @param unit the unit the ballot names, not blank
   * @param choice the option, not null
   * @param castBy the owner, or the owner's authorized proxy, not null
   * @param actor who enters the ballot, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT} after
   *     {@value #ATTEMPTS} attempts, or as {@link Vote#castSigned}
   */
  public SignedBallotCast castSigned(
      VoteId vote, VoterId owner, String unit, Option choice, VoterId castBy, ActorId actor) {
    return castSigned(vote, owner, unit, choice, castBy, actor, Votes.ANY_VERSION);
  }

  /**
   * Casts a signed ballot at the clock's time in a vote the caller saw at a version; never retried.
   *
   * @param vote the vote, not null
   * @param owner the owner whose ballot it is, not null
   * @param unit the unit the ballot names, not blank
   * @param choice the option, not null
   * @param castBy the owner, or the owner's authorized proxy, not null
   * @param actor who enters the ballot, not null
   * @param expectedVersion the version the caller saw, or {@link Votes#ANY_VERSION} (then retried)
   * @return the event
   * @throws AffairsException with {@code AFFAIRS_VERSION_CONFLICT}, {@code VOTE_UNKNOWN}, or as
   *     {@link Vote#castSigned}
   */
  public SignedBallotCast castSigned(
      VoteId vote,
      VoterId owner,
      String unit,
      Option choice,
      VoterId castBy,
      ActorId actor,
      long expectedVersion) {
    return change(
        vote,
        expectedVersion,
        v -> v.castSigned(owner, unit, choice, castBy, actor, clock.instant()));
  }

  /**
   * A scrutineer signs the count of a closed signed vote (see the class documentation for retries).
   *
   * @param vote the vote, not null
   * @param scrutineer the scrutineer, not null
   * @param actor who acts, not null
   * @return the event
   * @throws AffairsException with {@code VOTE_UNKNOWN}, {@code AFFAIRS_VERSION_CONFLICT} after
   *     {@value #ATTEMPTS} attempts, or as {@link Vote#signCount}
   */
  public CountSigned signCount(VoteId vote, VoterId scrutineer, ActorId actor) {
    return change(vote, Votes.ANY_VERSION, v -> v.signCount(scrutineer, actor, clock.instant()));
  }

  /**
   * Recounts a signed vote from its stored ballot register.
   *
   * @param vote the vote, not null
   * @return the tally from the register, equal to the counters
   * @throws AffairsException with {@code VOTE_UNKNOWN}, {@code VOTE_MODE_MISMATCH} or {@code
   *     VOTE_RECOUNT_MISMATCH}
   */
  public VoteTally recount(VoteId vote) {
    return find(vote).recount();
  }

  /**
   * Returns the stored ballot register of a signed vote, for owners to inspect.
   *
   * @param vote the vote, not null
   * @return the register in the order cast
   * @throws AffairsException with {@code VOTE_UNKNOWN} or {@code VOTE_MODE_MISMATCH}
   */
  public List<SignedBallot> register(VoteId vote) {
    return find(vote).signedBallots();
  }

  private <E> E change(VoteId vote, long expectedVersion, Function<Vote, E> command) {
    Objects.requireNonNull(vote, "vote");
    return Optimistic.run(
        VOTE, vote, expectedVersion, true, () -> find(vote), Vote::version, command, votes::update);
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
