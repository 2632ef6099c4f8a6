package org.sanshe.timebank.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.TeamId;

/**
 * The complete state of a {@link Rota} as plain data: {@link Rota#snapshot()} writes it, {@link
 * Rota#restore(RotaSnapshot)} checks it (the pattern and every change replayed against the rules).
 * Immutable (lists copied).
 *
 * @param id the id
 * @param version the stored version (0 if never stored)
 * @param team the team
 * @param organization the recording organization of its shifts
 * @param category the service category of its shifts
 * @param zone the zone of its dates and local times
 * @param firstDay the first date it covers
 * @param lastDay the last date it covers
 * @param slots the weekly slots
 * @param changes the swaps and absences, in the order made
 * @param drawnUpBy who drew it up
 * @param drawnUpAt when
 */
public record RotaSnapshot(
    RotaId id,
    long version,
    TeamId team,
    PartyId organization,
    String category,
    ZoneId zone,
    LocalDate firstDay,
    LocalDate lastDay,
    List<RotaSlot> slots,
    List<RotaChange> changes,
    PartyId drawnUpBy,
    Instant drawnUpAt) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a list is null or holds null
   */
  public RotaSnapshot {
    slots = List.copyOf(slots);
    changes = List.copyOf(changes);
  }

  /**
   * Returns this snapshot at another version.
   *
   * @param newVersion the version
   * @return the copy
   */
  public RotaSnapshot withVersion(long newVersion) {
    return new RotaSnapshot(
        id,
        newVersion,
        team,
        organization,
        category,
        zone,
        firstDay,
        lastDay,
        slots,
        changes,
        drawnUpBy,
        drawnUpAt);
  }
}
