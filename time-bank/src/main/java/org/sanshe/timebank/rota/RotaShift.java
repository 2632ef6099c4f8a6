package org.sanshe.timebank.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sanshe.timebank.activity.ActivityId;

/**
 * One dated shift a rota generates, with its members after swaps and absences. Its id is the id of
 * the patrol shift opened for it ({@link RotaDesk#openShift}), derived from the rota, the date and
 * the slot, so opening it twice finds the same activity. Immutable.
 *
 * @param id the shift's activity id
 * @param rota the rota
 * @param day the date (in the rota's zone)
 * @param slot the index of the weekly slot
 * @param start when it starts
 * @param end when it ends
 * @param place where
 * @param members who is on it
 */
public record RotaShift(
    ActivityId id,
    RotaId rota,
    LocalDate day,
    int slot,
    Instant start,
    Instant end,
    String place,
    List<RotaMember> members) {
  /**
   * Copies the members.
   *
   * @throws NullPointerException if a component is null
   */
  public RotaShift {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rota, "rota");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    members = List.copyOf(members);
  }
}
