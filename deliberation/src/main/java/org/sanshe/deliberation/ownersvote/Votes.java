package org.sanshe.deliberation.ownersvote;

import java.time.Instant;
import java.util.Optional;

/**
 * The port to where votes are kept, with optimistic versions. Implementations say whether they are
 * thread-safe; the in-memory and JDBC ones are, and several servers may share one JDBC store.
 *
 * <p><b>Versions.</b> {@link #add} stores a new vote (version 0) as version 1; {@link #update}
 * succeeds only if the vote's {@link Vote#version()} equals the stored version and stores version +
 * 1, else it throws {@code AFFAIRS_VERSION_CONFLICT} and changes nothing. After {@code add} or
 * {@code update} the instance the caller holds is spent: its version is stale, so using it again
 * fails safely with a conflict; {@link #find} for a fresh one. {@code find} returns a new instance
 * per call, restored from the stored state.
 *
 * <p><b>Ballots.</b> Ballots do not change the version: they commute, and the register (one entry
 * per voter) refuses a second ballot. {@link #cast} records one ballot without rewriting the vote;
 * {@code update} records the ballots a found instance took ({@link Vote#unsavedBallots()}) and
 * never replaces ballots recorded meanwhile by others.
 *
 * <p><b>Secrecy.</b> A store keeps the register (who voted) and the counters (per option: ballots
 * and floor area) apart, with nothing that links a ballot to a voter: no per-ballot record of a
 * choice, no time or arrival order on register entries.
 */
public interface Votes {

  /** The expected version that accepts whatever version is stored. */
  long ANY_VERSION = -1;

  /**
   * Adds a new vote (version 0) as version 1, with any ballots it took already.
   *
   * @param vote the vote, not null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID} if the
   *     id is taken, or {@code AFFAIRS_VERSION_CONFLICT} if the vote was stored before (version not
   *     0); nothing is stored then
   */
  void add(Vote vote);

  /**
   * Records the ballots a found vote took since it was found and stores it as the next version.
   *
   * @param vote the vote, not null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code VOTE_UNKNOWN}, {@code
   *     AFFAIRS_VERSION_CONFLICT} if the stored version differs from the vote's, or {@code
   *     VOTE_DUPLICATE_VOTER} if one of its voters is registered already; nothing is changed then
   */
  void update(Vote vote);

  /**
   * Finds a vote.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Vote> find(VoteId id);

  /**
   * Casts one secret ballot in a stored vote and records it at once, as {@link Vote#cast} would on
   * the stored state: the register entry and the counters in one atomic step, the version
   * unchanged.
   *
   * @param vote the vote, not null
   * @param voter the voter, not null
   * @param choice the option, not null
   * @param now the current time, not null
   * @param expectedVersion the version the caller saw (a portal's If-Match), or {@link
   *     #ANY_VERSION}
   * @return the event, naming neither voter nor choice
   * @throws org.sanshe.deliberation.error.AffairsException with {@code VOTE_UNKNOWN}, {@code
   *     AFFAIRS_VERSION_CONFLICT} if the stored version is not the expected one, or as {@link
   *     Vote#cast}; nothing is changed then
   */
  BallotCast cast(VoteId vote, VoterId voter, Option choice, Instant now, long expectedVersion);
}
