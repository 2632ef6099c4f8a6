package org.sanshe.examples.district;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sanshe.core.event.Outbox;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.core.registry.division.Divisions;
import org.sanshe.core.registry.organization.OrganizationEvent;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.organization.OrganizationRegistry;
import org.sanshe.core.registry.organization.Organizations;
import org.sanshe.deliberation.affairs.Intake;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.Matters;
import org.sanshe.deliberation.escalation.EscalationCases;
import org.sanshe.deliberation.escalation.EscalationDeadlines;
import org.sanshe.deliberation.escalation.EscalationDesk;
import org.sanshe.deliberation.ownersvote.VotingDesk;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.activity.AttendanceDesk;
import org.sanshe.timebank.activity.PatrolFindings;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.commitment.ServiceCommitment;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.policy.Relationship;

/**
 * The district's services over in-memory stores, wired to one scenario clock and sequential ids,
 * and the little state the steps hand on to each other. Mutable, not thread-safe.
 */
public final class District {

  /** The street office that operates the time bank. */
  public static final PartyId OPERATOR = PartyId.of("yuhua-street-office");

  /** The volunteer team's coordinator. */
  public static final PartyId COORDINATOR = PartyId.of("coordinator-li");

  /** A volunteer of the team. */
  public static final PartyId VOLUNTEER = PartyId.of("volunteer-wang");

  /** The volunteer's mother, 74. */
  public static final PartyId PARENT = PartyId.of("resident-wang-mother");

  /** An elder the volunteer visits, 81. */
  public static final PartyId ELDER = PartyId.of("resident-zhao");

  /** The volunteer's account. */
  public static final AccountId VOLUNTEER_ACCOUNT = AccountId.of("acct-volunteer-wang");

  /** The mother's account. */
  public static final AccountId PARENT_ACCOUNT = AccountId.of("acct-wang-mother");

  /** The account of the home-care provider paid in hours. */
  public static final AccountId PROVIDER_ACCOUNT = AccountId.of("acct-home-care");

  private final ScenarioClock clock;
  private final Divisions divisions;
  private final AffairsStorage affairs;
  private final Organizations organizations;
  private final List<OrganizationEvent> organizationEvents = new ArrayList<>();
  private final OrganizationRegistry registry;
  private final Matters matters;
  private final Intake intake;
  private final EscalationCases cases;
  private final EscalationDesk ladder;
  private final VotingDesk voting;
  private final List<MatterId> referrals = new ArrayList<>();
  private final TimeBankStorage storage;
  private TimeBank bank;
  private Roles roles;
  private OrganizationId volunteerTeam;

  /**
   * Creates the district at the start of the month.
   *
   * @param clock the scenario clock, not null
   */
  public District(ScenarioClock clock) {
    this(clock, TimeBankStorage.memory());
  }

  /**
   * Creates the district at the start of the month with its time bank in a given storage.
   *
   * @param clock the scenario clock, not null
   * @param storage where the time bank lives, not null
   */
  public District(ScenarioClock clock, TimeBankStorage storage) {
    this(clock, storage, AffairsStorage.memory());
  }

  /**
   * Creates the district at the start of the month with its time bank and its registry and affairs
   * in given storages.
   *
   * @param clock the scenario clock, not null
   * @param storage where the time bank lives, not null
   * @param affairs where organizations, matters, cases, votes and their events live, not null
   */
  public District(ScenarioClock clock, TimeBankStorage storage, AffairsStorage affairs) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.storage = Objects.requireNonNull(storage, "storage");
    this.affairs = Objects.requireNonNull(affairs, "affairs");
    this.organizations = affairs.organizations();
    this.matters = affairs.matters();
    this.cases = affairs.cases();
    this.divisions = DistrictData.divisions();
    this.registry =
        OrganizationRegistry.builder(organizations, divisions)
            .clock(clock)
            .ids(IdSource.sequential("org"))
            .domains(DistrictData.SERVICE_DOMAINS)
            .listener(organizationEvents::add)
            .build();
    this.intake = new Intake(matters, clock, IdSource.sequential("matter"));
    this.ladder =
        EscalationDesk.builder(cases, matters)
            .deadlines(EscalationDeadlines.standard())
            .clock(clock)
            .ids(IdSource.sequential("case"))
            .build();
    this.voting = new VotingDesk(affairs.votes(), clock, IdSource.sequential("vote"));
  }

  /**
   * Opens the time bank, Nanjing rules, with the volunteer team as the organization that verifies
   * hours. Called by the organizations step once the team is registered.
   *
   * @param team the team's registry id, not null
   * @return the bank
   */
  TimeBank openTimeBank(OrganizationId team) {
    this.volunteerTeam = team;
    bank = startTimeBank();
    return bank;
  }

  /**
   * Stops the time bank and starts it again from its storage alone, as a restarted server would: a
   * new ledger replays the journal, the holders come from the register.
   *
   * @return the restarted bank
   * @throws IllegalStateException before the volunteer step opened the bank
   */
  TimeBank restartTimeBank() {
    bank();
    bank = startTimeBank();
    return bank;
  }

  /**
   * Returns where the time bank lives.
   *
   * @return the storage
   */
  public TimeBankStorage storage() {
    return storage;
  }

  /**
   * Returns where the registry and the affairs live.
   *
   * @return the storage
   */
  public AffairsStorage affairs() {
    return affairs;
  }

  /**
   * Returns the outbox every store of the registry and the affairs writes its events to.
   *
   * @return the outbox
   */
  public Outbox outbox() {
    return affairs.outbox();
  }

  private TimeBank startTimeBank() {
    TimeBankStorage.Stores stores = storage.open(OPERATOR, COORDINATOR, teamParty());
    roles = stores.roles();
    return TimeBank.builder(
            Ledger.builder(clock, stores.journal()).build(), TimeBankConfiguration.nanjing())
        .operator(OPERATOR)
        .roles(stores.roles())
        .kinship(
            (a, b) ->
                a.equals(VOLUNTEER) && b.equals(PARENT)
                    ? Optional.of(Relationship.PARENT)
                    : a.equals(PARENT) && b.equals(VOLUNTEER)
                        ? Optional.of(Relationship.CHILD)
                        : Optional.empty())
        .ages(District::age)
        .ids(IdSource.sequential("record"))
        .serviceRecords(stores.records())
        .accountHolders(stores.holders())
        .build();
  }

  private static OptionalInt age(PartyId party, java.time.LocalDate on) {
    return party.equals(PARENT)
        ? OptionalInt.of(74)
        : party.equals(ELDER)
            ? OptionalInt.of(81)
            : party.equals(VOLUNTEER) ? OptionalInt.of(46) : OptionalInt.empty();
  }

  /**
   * Returns an attendance desk for activities and patrol shifts over the open time bank, its roles
   * and ages, sending patrol findings to a port.
   *
   * @param activities the activity store, not null
   * @param findings where patrol findings go, not null
   * @return the desk
   * @throws IllegalStateException before the volunteer step opened the bank
   */
  AttendanceDesk attendance(Activities activities, PatrolFindings findings) {
    TimeBank open = bank();
    return AttendanceDesk.builder()
        .activities(activities)
        .services(open.services())
        .roles(roles)
        .ages(District::age)
        .commitment(ServiceCommitment.registeredVolunteers())
        .findings(findings)
        .clock(open.ledger().clock())
        .zone(open.configuration().zone())
        .build();
  }

  /**
   * Returns the volunteer team as a time-bank party.
   *
   * @return the party named by the team's registry id
   */
  PartyId teamParty() {
    return PartyId.of(volunteerTeam.value());
  }

  /**
   * Returns the time bank.
   *
   * @return the bank
   * @throws IllegalStateException before the volunteer step opened it
   */
  public TimeBank bank() {
    if (bank == null) {
      throw new IllegalStateException("the time bank is not open yet");
    }
    return bank;
  }

  /**
   * Returns the scenario clock.
   *
   * @return the clock
   */
  public ScenarioClock clock() {
    return clock;
  }

  /**
   * Returns the division directory.
   *
   * @return the directory
   */
  public Divisions divisions() {
    return divisions;
  }

  /**
   * Returns the organization store.
   *
   * @return the store
   */
  public Organizations organizations() {
    return organizations;
  }

  /**
   * Returns the events the registry published.
   *
   * @return the live list
   */
  public List<OrganizationEvent> organizationEvents() {
    return organizationEvents;
  }

  /**
   * Returns the organization registry.
   *
   * @return the registry
   */
  public OrganizationRegistry registry() {
    return registry;
  }

  /**
   * Returns the matter store.
   *
   * @return the store
   */
  public Matters matters() {
    return matters;
  }

  /**
   * Returns the intake desk.
   *
   * @return the desk
   */
  public Intake intake() {
    return intake;
  }

  /**
   * Returns the escalation case store.
   *
   * @return the store
   */
  public EscalationCases cases() {
    return cases;
  }

  /**
   * Returns the escalation ladder.
   *
   * @return the desk
   */
  public EscalationDesk ladder() {
    return ladder;
  }

  /**
   * Returns the owners' voting desk.
   *
   * @return the desk
   */
  public VotingDesk voting() {
    return voting;
  }

  /**
   * Returns the matters triaged for referral, in order; the triage step fills it.
   *
   * @return the live list
   */
  public List<MatterId> referrals() {
    return referrals;
  }
}
