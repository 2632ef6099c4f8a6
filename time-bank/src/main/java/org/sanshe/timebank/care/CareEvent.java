package org.sanshe.timebank.care;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.service.ServiceRecordId;

/** What happened to a care pairing, in the past tense, naming who acted and when. Immutable. */
public sealed interface CareEvent {

  /**
   * Returns the pairing.
   *
   * @return its id
   */
  PairingId pairing();

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
   * A volunteer or team was paired with a resident.
   *
   * @param pairing the pairing
   * @param need whom it serves
   * @param by who paired them
   * @param at when
   */
  record CarePaired(PairingId pairing, CareNeed need, PartyId by, Instant at) implements CareEvent {
    /** Checks for nulls. */
    public CarePaired {
      Objects.requireNonNull(pairing, "pairing");
      Objects.requireNonNull(need, "need");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A visit was recorded as verified service.
   *
   * @param pairing the pairing
   * @param visitor who visited
   * @param record the verified service record
   * @param by the coordinator
   * @param at when
   */
  record VisitRecorded(
      PairingId pairing, PartyId visitor, ServiceRecordId record, PartyId by, Instant at)
      implements CareEvent {
    /** Checks for nulls. */
    public VisitRecorded {
      Objects.requireNonNull(pairing, "pairing");
      Objects.requireNonNull(visitor, "visitor");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A pairing ended.
   *
   * @param pairing the pairing
   * @param by who ended it
   * @param at when
   */
  record PairingEnded(PairingId pairing, PartyId by, Instant at) implements CareEvent {
    /** Checks for nulls. */
    public PairingEnded {
      Objects.requireNonNull(pairing, "pairing");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
