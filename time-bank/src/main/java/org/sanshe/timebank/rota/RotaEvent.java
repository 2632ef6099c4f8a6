package org.sanshe.timebank.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.TeamId;

/** What happened to a rota, in the past tense, naming who acted and when. Immutable. */
public sealed interface RotaEvent {

  /**
   * Returns the rota.
   *
   * @return its id
   */
  RotaId rota();

  /**
   * Returns who acted.
   *
   * @return the actor
   */
  PartyId by();

  /**
   * Returns when.
   *
   * @return the instant
   */
  Instant at();

  /**
   * A rota was drawn up for a team.
   *
   * @param rota the rota
   * @param team the team
   * @param by who drew it up
   * @param at when
   */
  record RotaDrawnUp(RotaId rota, TeamId team, PartyId by, Instant at) implements RotaEvent {
    /** Checks for nulls. */
    public RotaDrawnUp {
      Objects.requireNonNull(rota, "rota");
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A member handed a dated shift to another volunteer.
   *
   * @param rota the rota
   * @param day the date
   * @param slot the slot
   * @param member who left the shift
   * @param replacement who took it over
   * @param by who acted
   * @param at when
   */
  record ShiftSwapped(
      RotaId rota,
      LocalDate day,
      int slot,
      PartyId member,
      PartyId replacement,
      PartyId by,
      Instant at)
      implements RotaEvent {
    /** Checks for nulls. */
    public ShiftSwapped {
      Objects.requireNonNull(rota, "rota");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(replacement, "replacement");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A member's absence from a dated shift was recorded.
   *
   * @param rota the rota
   * @param day the date
   * @param slot the slot
   * @param member who will be absent
   * @param by who acted
   * @param at when
   */
  record AbsenceRecorded(
      RotaId rota, LocalDate day, int slot, PartyId member, PartyId by, Instant at)
      implements RotaEvent {
    /** Checks for nulls. */
    public AbsenceRecorded {
      Objects.requireNonNull(rota, "rota");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
