package org.sanshe.deliberation.contest;

import java.util.Optional;

/**
 * The port to where proposal contests are kept, with optimistic versions. Implementations say
 * whether they are thread-safe; the in-memory and JDBC ones are.
 *
 * <p>{@link #add} stores a new contest (version 0) as version 1; {@link #update} succeeds only if
 * the contest's {@link ProposalContest#version()} equals the stored version and stores the state as
 * version + 1, else it throws {@code AFFAIRS_VERSION_CONFLICT} and changes nothing. After {@code
 * add} or {@code update} the instance the caller holds is spent (its version is stale, so using it
 * again fails safely with a conflict); {@link #find} returns a new instance per call, restored from
 * the stored state.
 */
public interface Contests {

  /**
   * Adds a new contest as version 1.
   *
   * @param contest the contest, version 0, not null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code AFFAIRS_ID_INVALID} if the
   *     id is taken or {@code AFFAIRS_VERSION_CONFLICT} if it was stored before; nothing is stored
   *     then
   */
  void add(ProposalContest contest);

  /**
   * Stores a changed contest as the next version.
   *
   * @param contest the contest, not null
   * @throws org.sanshe.deliberation.error.AffairsException with {@code CONTEST_UNKNOWN} or {@code
   *     AFFAIRS_VERSION_CONFLICT}; nothing is changed then
   */
  void update(ProposalContest contest);

  /**
   * Finds a contest.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<ProposalContest> find(ContestId id);
}
