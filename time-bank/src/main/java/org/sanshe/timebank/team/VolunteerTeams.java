package org.sanshe.timebank.team;

import java.util.List;
import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.timebank.account.PartyId;

/**
 * The port to where volunteer teams are kept. Implementations are thread-safe; the in-memory one is
 * {@link org.sanshe.timebank.memory.MemoryVolunteerTeams}, a JDBC one lives in {@code
 * sanshe-time-bank-jdbc}.
 *
 * <p><b>Versions.</b> {@link #add} stores a new team (version 0) as version 1; {@link #update}
 * succeeds only if the team's {@link VolunteerTeam#version()} is the stored one and stores the next
 * version; a stale write fails with {@code TIMEBANK_VERSION_CONFLICT} and changes nothing. {@link
 * #find} hands out a fresh instance. A store with an outbox writes the team's pending events with
 * the version it stores, in the same critical section or transaction.
 */
public interface VolunteerTeams {

  /**
   * Adds a new team as version 1.
   *
   * @param team the team at version 0, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_DUPLICATE} if the id
   *     is taken, {@code TIMEBANK_VERSION_CONFLICT} if the team was read from a store
   */
  void add(VolunteerTeam team);

  /**
   * Stores a changed team as the next version.
   *
   * @param team the team at the version it was read at, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void update(VolunteerTeam team);

  /**
   * Finds a team.
   *
   * @param id the id, not null
   * @return a fresh instance at the stored version, or empty
   */
  Optional<VolunteerTeam> find(TeamId id);

  /**
   * Returns one page of the teams serving a community, active or not, ordered by id.
   *
   * @param community the community, not null
   * @param after the last id of the previous page, or null for the first page
   * @param max the most teams to return, 1 to {@value
   *     org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return fresh instances
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<VolunteerTeam> ofCommunity(DivisionCode community, TeamId after, int max);

  /**
   * Returns one page of the active teams a volunteer is a member of, ordered by id.
   *
   * @param member the volunteer, not null
   * @param after the last id of the previous page, or null for the first page
   * @param max the most teams to return, 1 to {@value
   *     org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return fresh instances
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<VolunteerTeam> ofMember(PartyId member, TeamId after, int max);
}
