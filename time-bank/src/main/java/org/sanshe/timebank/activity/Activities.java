package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.TeamId;

/**
 * The port to where activities and patrol shifts are kept. Implementations are thread-safe; the
 * in-memory one is {@link org.sanshe.timebank.memory.MemoryActivities}, a JDBC one lives in {@code
 * sanshe-time-bank-jdbc}.
 *
 * <p><b>Versions.</b> {@link #add} stores a new activity (version 0) as version 1; {@link #update}
 * succeeds only if the activity's {@link Activity#version()} is the stored one and stores the next
 * version; a stale write fails with {@code TIMEBANK_VERSION_CONFLICT} and changes nothing, which is
 * what keeps concurrent sign-ups within the capacity. {@link #find} hands out a fresh instance.
 *
 * <p><b>Queries</b> are pages in the order of {@link ActivityKey} (start, then id); the last key of
 * a page is the next page's {@code after}.
 */
public interface Activities {

  /**
   * Adds a new activity as version 1.
   *
   * @param activity the activity at version 0, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_DUPLICATE}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void add(Activity activity);

  /**
   * Stores a changed activity as the next version.
   *
   * @param activity the activity at the version it was read at, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void update(Activity activity);

  /**
   * Finds an activity.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<Activity> find(ActivityId id);

  /**
   * A volunteer's upcoming shifts: the activities not cancelled, ending after {@code now}, for
   * which the volunteer is signed up or checked in.
   *
   * @param volunteer the volunteer, not null
   * @param now the current instant, not null
   * @param after the last key of the previous page, or null for the first page
   * @param max the most activities, 1 to {@value org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return fresh instances in key order
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<Activity> upcomingOf(PartyId volunteer, Instant now, ActivityKey after, int max);

  /**
   * A team's activities and shifts starting in {@code [from, to)}, cancelled ones included (their
   * attendance is what a team's attendance report reads).
   *
   * @param team the team, not null
   * @param from the first instant, not null
   * @param to the instant after the last, not null
   * @param after the last key of the previous page, or null for the first page
   * @param max the most activities, 1 to {@value org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return fresh instances in key order
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<Activity> ofTeam(TeamId team, Instant from, Instant to, ActivityKey after, int max);
}
