package org.sanshe.timebank.care;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.sanshe.core.error.Wording;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecording;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.VolunteerTeam;
import org.sanshe.timebank.team.VolunteerTeams;

/**
 * The commands of care pairings: pair, record a visit, end. A visit becomes a verified service
 * record through the time bank's {@link ServiceRecording#recordAndVerify} (its rules, pricing and
 * ledger credit), with the resident as beneficiary ({@link PartyId#ofResident}); then the pairing
 * lists it. Every command takes a coordinator of the pairing's recording organization; loads,
 * applies and stores with the version checked, retrying on a conflict. Thread-safe if its ports
 * are.
 */
public final class CareDesk {

  private static final int ATTEMPTS = 16;

  private final CarePairings pairings;
  private final VolunteerTeams teams;
  private final ServiceRecording services;
  private final Roles roles;
  private final Clock clock;

  /** Creates the desk from the parts a {@link Builder} holds; see {@link #builder()}. */
  private CareDesk(
      CarePairings pairings,
      VolunteerTeams teams,
      ServiceRecording services,
      Roles roles,
      Clock clock) {
    this.pairings = Objects.requireNonNull(pairings, "pairings");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.services = Objects.requireNonNull(services, "services");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts a builder: set {@code pairings}, {@code teams}, {@code services}, {@code roles}
   * (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CareDesk} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private CarePairings pairings;
    private VolunteerTeams teams;
    private ServiceRecording services;
    private Roles roles;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the pairing store; required.
     *
     * @param pairings the value, not null
     * @return this builder
     */
    public Builder pairings(CarePairings pairings) {
      this.pairings = Objects.requireNonNull(pairings, "pairings");
      return this;
    }

    /**
     * Sets the team store, to tell a paired team's members; required.
     *
     * @param teams the value, not null
     * @return this builder
     */
    public Builder teams(VolunteerTeams teams) {
      this.teams = Objects.requireNonNull(teams, "teams");
      return this;
    }

    /**
     * Sets the time bank's service recording; required.
     *
     * @param services the value, not null
     * @return this builder
     */
    public Builder services(ServiceRecording services) {
      this.services = Objects.requireNonNull(services, "services");
      return this;
    }

    /**
     * Sets who coordinates which organization; required.
     *
     * @param roles the value, not null
     * @return this builder
     */
    public Builder roles(Roles roles) {
      this.roles = Objects.requireNonNull(roles, "roles");
      return this;
    }

    /**
     * Sets the clock; default the system clock in UTC.
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public CareDesk build() {
      return new CareDesk(pairings, teams, services, roles, clock);
    }
  }

  /**
   * Pairs a volunteer or a team with a resident.
   *
   * @param actor a coordinator of the organization, not null
   * @param id the id, not null
   * @param resident the resident, hashed, not null
   * @param need whom it serves, not null
   * @param volunteer the volunteer, or null for a team
   * @param team the team, or null for a volunteer
   * @param organization the recording organization, not null
   * @param category the service category of visits, not null
   * @return the stored pairing
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_DUPLICATE},
   *     {@code TIMEBANK_ENTITY_UNKNOWN} for an unknown team, or a rule of {@link CarePairing#pair}
   */
  public CarePairing pair(
      PartyId actor,
      PairingId id,
      HashedIdentity resident,
      CareNeed need,
      PartyId volunteer,
      TeamId team,
      PartyId organization,
      String category) {
    coordinator(actor, organization);
    if (team != null && teams.find(team).isEmpty()) {
      throw StoreRules.unknown(VolunteerTeam.KIND);
    }
    CarePairing p =
        CarePairing.pair(
            id, resident, need, volunteer, team, organization, category, actor, clock.instant());
    pairings.add(p);
    return pairings.find(id).orElseThrow();
  }

  /**
   * Records a visit as verified service and lists it in the pairing.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the pairing, not null
   * @param visitor the paired volunteer or a member of the paired team, not null
   * @param account the visitor's account to credit, not null
   * @param start when the visit began (travel excluded), not null
   * @param end when it ended, not null
   * @param place where, no personal data (not the resident's address), not null
   * @return the verified record
   * @throws TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code TIMEBANK_NOT_AUTHORIZED},
   *     {@code TIMEBANK_PAIRING_ENDED}, {@code TIMEBANK_PAIRING_VISITOR}, or a recording-rule or
   *     ledger code
   */
  public ServiceRecord recordVisit(
      PartyId actor,
      PairingId id,
      PartyId visitor,
      AccountId account,
      Instant start,
      Instant end,
      String place) {
    Objects.requireNonNull(visitor, "visitor");
    CarePairing p = require(id);
    coordinator(actor, p.organization());
    p.checkOpen();
    boolean paired =
        p.volunteer() != null
            ? p.volunteer().equals(visitor)
            : teams.find(p.team()).map(t -> t.isActive() && t.isMember(visitor)).orElse(false);
    if (!paired) {
      throw new TimeBankException(TimeBankError.TIMEBANK_PAIRING_VISITOR);
    }
    ServiceDraft draft =
        new ServiceDraft(
            visitor,
            account,
            p.organization(),
            p.category(),
            null,
            start,
            end,
            place,
            PartyId.ofResident(p.resident()));
    ServiceRecord record = services.recordAndVerify(actor, draft);
    for (int attempt = 1; ; attempt++) {
      CarePairing now = require(id);
      now.visitRecorded(visitor, record.id(), actor, clock.instant());
      try {
        pairings.update(now);
        return record;
      } catch (TimeBankException e) {
        if (e.error() != TimeBankError.TIMEBANK_VERSION_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }

  /**
   * Ends a pairing.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the pairing, not null
   * @throws TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code TIMEBANK_NOT_AUTHORIZED},
   *     {@code TIMEBANK_PAIRING_ENDED}, {@code TIMEBANK_VERSION_CONFLICT}
   */
  public void end(PartyId actor, PairingId id) {
    CarePairing p = require(id);
    coordinator(actor, p.organization());
    p.end(actor, clock.instant());
    pairings.update(p);
  }

  private CarePairing require(PairingId id) {
    return pairings
        .find(Objects.requireNonNull(id, "id"))
        .orElseThrow(() -> StoreRules.unknown(CarePairing.KIND));
  }

  private void coordinator(PartyId actor, PartyId organization) {
    Objects.requireNonNull(actor, "actor");
    if (!roles.isCoordinator(actor, organization)) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          Wording.of("manage care pairings", "管理结对帮扶"),
          Wording.of("not a coordinator of the recording organization", "不是记录服务的组织的协调员"));
    }
  }
}
