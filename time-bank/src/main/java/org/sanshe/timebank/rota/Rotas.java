package org.sanshe.timebank.rota;

import java.util.List;
import java.util.Optional;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.TeamId;

/**
 * The port to where rotas are kept, with the version rules of the other time-bank aggregates:
 * {@link #add} stores version 1, {@link #update} checks the version read ({@code
 * TIMEBANK_VERSION_CONFLICT}, nothing changed), {@link #find} hands out a fresh instance.
 * Implementations are thread-safe; {@link org.sanshe.timebank.memory.MemoryRotas} keeps them in
 * memory.
 */
public interface Rotas {

  /**
   * Adds a new rota as version 1.
   *
   * @param rota the rota at version 0, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_DUPLICATE}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void add(Rota rota);

  /**
   * Stores a changed rota as the next version.
   *
   * @param rota the rota at the version it was read at, not null
   * @throws org.sanshe.timebank.error.TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code
   *     TIMEBANK_VERSION_CONFLICT}
   */
  void update(Rota rota);

  /**
   * Finds a rota.
   *
   * @param id the id, not null
   * @return a fresh instance, or empty
   */
  Optional<Rota> find(RotaId id);

  /**
   * Returns a team's rotas, ordered by id.
   *
   * @param team the team, not null
   * @return fresh instances
   */
  List<Rota> ofTeam(TeamId team);

  /**
   * Returns the rotas that name a volunteer (on a weekly slot, or as the replacement of a swap),
   * ordered by id, in pages: the last id of a page is the next page's {@code after}.
   *
   * @param volunteer the volunteer, not null
   * @param after the last id of the previous page, or null for the first page
   * @param max the most rotas, 1 to {@value org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return fresh instances
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  List<Rota> ofVolunteer(PartyId volunteer, RotaId after, int max);
}
