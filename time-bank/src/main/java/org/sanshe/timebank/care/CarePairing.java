package org.sanshe.timebank.care;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.IdRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * A care pairing (结对帮扶): a volunteer or a volunteer team paired with a lone elderly person, a
 * left-behind child or a disabled resident, who is referred to by {@link HashedIdentity} only. Each
 * visit is recorded as verified service through the time bank ({@link CareDesk}), the resident as
 * beneficiary ({@link PartyId#ofResident}), and listed here by its record id.
 *
 * <p>Commands check their rule first and change nothing when refused; successful ones append a
 * past-tense {@link CareEvent}. {@link #toString()} never shows the resident. Not thread-safe: a
 * unit of work read from a {@link CarePairings} store.
 */
public final class CarePairing {

  /** The kind's name in messages. */
  public static final Wording KIND = Wording.of("care pairing", "结对帮扶");

  /** The most visits one pairing lists: {@value}. */
  public static final int MAX_VISITS = 10_000;

  private final PairingId id;
  private final HashedIdentity resident;
  private final CareNeed need;
  private final PartyId volunteer;
  private final TeamId team;
  private final PartyId organization;
  private final String category;
  private final PartyId pairedBy;
  private final Instant pairedAt;
  private Instant endedAt;
  private final List<ServiceRecordId> visits = new ArrayList<>();
  private final long version;
  private final List<CareEvent> pending = new ArrayList<>();

  private CarePairing(CarePairingSnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.resident = Objects.requireNonNull(s.resident(), "resident");
    this.need = Objects.requireNonNull(s.need(), "need");
    this.volunteer = s.volunteer();
    this.team = s.team();
    this.organization = Objects.requireNonNull(s.organization(), "organization");
    this.category = IdRules.check("category", s.category());
    this.pairedBy = Objects.requireNonNull(s.pairedBy(), "pairedBy");
    this.pairedAt = Objects.requireNonNull(s.pairedAt(), "pairedAt");
    this.endedAt = s.endedAt();
    this.version = s.version();
    if ((volunteer == null) == (team == null)) {
      throw invalid("a pairing names a volunteer or a team, not both", "结对须指定一名志愿者或一支服务队，二者择一");
    }
    if (PartyId.ofResident(resident).equals(volunteer)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SERVICE_SELF_BENEFICIARY);
    }
    if (s.visits().size() > MAX_VISITS || new HashSet<>(s.visits()).size() != s.visits().size()) {
      throw invalid(
          "at most " + MAX_VISITS + " visits, none listed twice",
          "走访至多 " + MAX_VISITS + " 次，且不得重复");
    }
    if (version < 0 || (endedAt != null && endedAt.isBefore(pairedAt))) {
      throw invalid("a version from 0 and an end after the pairing", "版本号不小于 0，结束时间不早于结对时间");
    }
    visits.addAll(s.visits());
  }

  private static TimeBankException invalid(String english, String chinese) {
    return new TimeBankException(
        TimeBankError.TIMEBANK_POLICY_INVALID, Wording.of(english, chinese));
  }

  /**
   * Pairs a volunteer or a team with a resident.
   *
   * @param id the id, not null
   * @param resident the resident, hashed, not null
   * @param need whom it serves, not null
   * @param volunteer the volunteer, or null when a team is paired
   * @param team the team, or null when a volunteer is paired
   * @param organization the recording organization of the visits, not null
   * @param category the service category of the visits, not null
   * @param by who pairs them, not null
   * @param at when, not null
   * @return the pairing at version 0 with a {@link CareEvent.CarePaired} pending
   * @throws TimeBankException {@code TIMEBANK_POLICY_INVALID} unless exactly one carer, {@code
   *     TIMEBANK_SERVICE_SELF_BENEFICIARY} if the volunteer is the resident
   */
  public static CarePairing pair(
      PairingId id,
      HashedIdentity resident,
      CareNeed need,
      PartyId volunteer,
      TeamId team,
      PartyId organization,
      String category,
      PartyId by,
      Instant at) {
    CarePairing p =
        new CarePairing(
            new CarePairingSnapshot(
                id,
                0,
                resident,
                need,
                volunteer,
                team,
                organization,
                category,
                by,
                at,
                null,
                List.of()));
    p.pending.add(new CareEvent.CarePaired(id, need, by, at));
    return p;
  }

  /**
   * Restores a pairing from its snapshot, checking every rule.
   *
   * @param snapshot the snapshot, not null
   * @return the pairing
   * @throws TimeBankException naming the broken rule
   */
  public static CarePairing restore(CarePairingSnapshot snapshot) {
    return new CarePairing(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * Checks that the pairing takes visits, changing nothing.
   *
   * @throws TimeBankException {@code TIMEBANK_PAIRING_ENDED}, {@code TIMEBANK_POLICY_INVALID} when
   *     it lists as many visits as it can
   */
  public void checkOpen() {
    if (endedAt != null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_PAIRING_ENDED);
    }
    if (visits.size() >= MAX_VISITS) {
      throw invalid("at most " + MAX_VISITS + " visits", "走访至多 " + MAX_VISITS + " 次");
    }
  }

  /**
   * Lists a visit recorded as verified service; listing the same record again changes nothing.
   *
   * @param visitor who visited, not null
   * @param record the verified service record, not null
   * @param by the coordinator, not null
   * @param at when, not null
   * @throws TimeBankException as {@link #checkOpen()}
   */
  public void visitRecorded(PartyId visitor, ServiceRecordId record, PartyId by, Instant at) {
    Objects.requireNonNull(visitor, "visitor");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (visits.contains(record)) {
      return;
    }
    checkOpen();
    visits.add(record);
    pending.add(new CareEvent.VisitRecorded(id, visitor, record, by, at));
  }

  /**
   * Ends the pairing.
   *
   * @param by who acts, not null
   * @param at when, not before the pairing, not null
   * @throws TimeBankException {@code TIMEBANK_PAIRING_ENDED}, {@code TIMEBANK_POLICY_INVALID} for a
   *     time before the pairing
   */
  public void end(PartyId by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (endedAt != null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_PAIRING_ENDED);
    }
    if (at.isBefore(pairedAt)) {
      throw invalid("an end after the pairing", "结束时间不早于结对时间");
    }
    endedAt = at;
    pending.add(new CareEvent.PairingEnded(id, by, at));
  }

  /**
   * Returns the state as plain data.
   *
   * @return the snapshot
   */
  public CarePairingSnapshot snapshot() {
    return new CarePairingSnapshot(
        id,
        version,
        resident,
        need,
        volunteer,
        team,
        organization,
        category,
        pairedBy,
        pairedAt,
        endedAt,
        visits);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public PairingId id() {
    return id;
  }

  /**
   * Returns the resident, hashed.
   *
   * @return the hashed identity
   */
  public HashedIdentity resident() {
    return resident;
  }

  /**
   * Returns whom it serves.
   *
   * @return the need
   */
  public CareNeed need() {
    return need;
  }

  /**
   * Returns the paired volunteer, or null when a team is paired.
   *
   * @return the volunteer or null
   */
  public PartyId volunteer() {
    return volunteer;
  }

  /**
   * Returns the paired team, or null when a volunteer is paired.
   *
   * @return the team or null
   */
  public TeamId team() {
    return team;
  }

  /**
   * Returns the recording organization of the visits.
   *
   * @return the organization
   */
  public PartyId organization() {
    return organization;
  }

  /**
   * Returns the service category of the visits.
   *
   * @return the category code
   */
  public String category() {
    return category;
  }

  /**
   * Returns the visits' service records.
   *
   * @return an immutable copy, in order
   */
  public List<ServiceRecordId> visits() {
    return List.copyOf(visits);
  }

  /**
   * Tells whether the pairing is active.
   *
   * @return true until ended
   */
  public boolean isActive() {
    return endedAt == null;
  }

  /**
   * Returns the version read from the store.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since it was read or paired.
   *
   * @return an immutable copy
   */
  public List<CareEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  @Override
  public String toString() {
    return "CarePairing[" + id + ", " + need + ", " + visits.size() + " visits, v" + version + "]";
  }
}
