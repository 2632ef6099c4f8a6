package org.sanshe.timebank.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.commitment.ServiceCommitment;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.policy.Ages;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceRecording;

/**
 * The commands of activities and patrol shifts: publish, sign up, check in and out, confirm, cancel
 * and report patrol findings. Each command loads the activity, applies the command and stores it
 * with its version checked; on a version conflict it reads the activity again and retries (at most
 * {@value #ATTEMPTS} times, with a short randomized backoff), so concurrent sign-ups never exceed
 * the capacity. A refused command changes nothing and throws a {@link TimeBankException} with its
 * own code. Times come from the injected clock.
 *
 * <p><b>Confirmation</b> turns a checked-out attendance into a verified service record through the
 * time bank's own {@link ServiceRecording} (its authorization, recording rules, pricing and ledger
 * credit; nothing is re-implemented): the draft is built from the activity and the attendance
 * ({@link Activity#draftFor}), recorded, verified, and then the attendance is marked confirmed. A
 * confirmation repeated after a failure between those steps finds the record it already made (same
 * draft, {@link ServiceRecording#recordAndVerify}) and goes on from there, so nothing is recorded
 * or credited twice.
 *
 * <p><b>Who may act.</b> Publishing, cancelling, confirming and the batch commands: a coordinator
 * of the recording organization. Signing up, withdrawing, checking in and out: the volunteer or
 * such a coordinator. Sign-up also applies the {@link ServiceCommitment}'s provider age.
 *
 * <p>Thread-safe if its ports are.
 */
public final class AttendanceDesk {

  /** How many times a command is tried against version conflicts. */
  public static final int ATTEMPTS = 16;

  private final Activities activities;
  private final ServiceRecording services;
  private final Roles roles;
  private final Ages ages;
  private final ServiceCommitment commitment;
  private final PatrolFindings findings;
  private final Clock clock;
  private final ZoneId zone;

  /** Creates the desk from the parts a {@link Builder} holds; see {@link #builder()}. */
  private AttendanceDesk(
      Activities activities,
      ServiceRecording services,
      Roles roles,
      Ages ages,
      ServiceCommitment commitment,
      PatrolFindings findings,
      Clock clock,
      ZoneId zone) {
    this.activities = Objects.requireNonNull(activities, "activities");
    this.services = Objects.requireNonNull(services, "services");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.ages = Objects.requireNonNull(ages, "ages");
    this.commitment = Objects.requireNonNull(commitment, "commitment");
    this.findings = Objects.requireNonNull(findings, "findings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Starts a builder: set {@code activities}, {@code services}, {@code roles}, {@code ages}, {@code
   * findings}, {@code zone} (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AttendanceDesk} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private Activities activities;
    private ServiceRecording services;
    private Roles roles;
    private Ages ages;
    private ServiceCommitment commitment = ServiceCommitment.registeredVolunteers();
    private PatrolFindings findings;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone;

    private Builder() {}

    /**
     * Sets the activity store; required.
     *
     * @param activities the value, not null
     * @return this builder
     */
    public Builder activities(Activities activities) {
      this.activities = Objects.requireNonNull(activities, "activities");
      return this;
    }

    /**
     * Sets the service-record workflow of the time bank ({@code TimeBank.services()}); required.
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
     * Sets the ages port, for the provider age; required.
     *
     * @param ages the value, not null
     * @return this builder
     */
    public Builder ages(Ages ages) {
      this.ages = Objects.requireNonNull(ages, "ages");
      return this;
    }

    /**
     * Sets the provider age and yearly minimum; default {@link
     * ServiceCommitment#registeredVolunteers()}.
     *
     * @param commitment the value, not null
     * @return this builder
     */
    public Builder commitment(ServiceCommitment commitment) {
      this.commitment = Objects.requireNonNull(commitment, "commitment");
      return this;
    }

    /**
     * Sets where patrol findings go; required.
     *
     * @param findings the value, not null
     * @return this builder
     */
    public Builder findings(PatrolFindings findings) {
      this.findings = Objects.requireNonNull(findings, "findings");
      return this;
    }

    /**
     * Sets the clock (the ledger's: {@code bank.ledger().clock()}); default the system clock in UTC
     * (use the ledger's, {@code bank.ledger().clock()}).
     *
     * @param clock the value, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the zone of calendar days ({@code bank.configuration().zone()}); required.
     *
     * @param zone the value, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Builds it.
     *
     * @return a new instance over the parts set
     * @throws NullPointerException naming the first required part not set
     */
    public AttendanceDesk build() {
      return new AttendanceDesk(
          activities, services, roles, ages, commitment, findings, clock, zone);
    }
  }

  /**
   * Publishes an activity or patrol shift.
   *
   * @param actor a coordinator of the organization, not null
   * @param id the id, not null
   * @param kind activity or patrol, not null
   * @param title the title, not null
   * @param place where, not null
   * @param start the start, not null
   * @param end the end, not null
   * @param capacity the places
   * @param category the service category code, not null
   * @param organization the organizing, recording organization, not null
   * @param team the team, or null
   * @return the stored activity
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_DUPLICATE} or
   *     a rule of {@link Activity#publish}
   */
  public Activity publish(
      PartyId actor,
      ActivityId id,
      ActivityKind kind,
      String title,
      String place,
      Instant start,
      Instant end,
      int capacity,
      String category,
      PartyId organization,
      org.sanshe.timebank.team.TeamId team) {
    coordinator(actor, organization, Wording.of("publish activities", "发布活动"));
    Activity a =
        Activity.publish(
            id,
            kind,
            title,
            place,
            start,
            end,
            capacity,
            category,
            organization,
            team,
            actor,
            clock.instant());
    activities.add(a);
    return activities.find(id).orElseThrow();
  }

  /**
   * Publishes a patrol shift (or an activity) with its crew already signed up, in one write: the
   * capacity is the crew's size. Each crew member passes the provider age of the {@link
   * ServiceCommitment}; one who does not refuses the whole shift.
   *
   * @param actor a coordinator of the organization, not null
   * @param id the id, not null
   * @param kind activity or patrol, not null
   * @param title the title, not null
   * @param place where, not null
   * @param start the start, not null
   * @param end the end, not null
   * @param category the service category code, not null
   * @param organization the recording organization, not null
   * @param team the team, or null
   * @param crew each volunteer with the account to credit, in order, at least one (an empty crew is
   *     refused with {@code TIMEBANK_ACTIVITY_CAPACITY_INVALID}), not null
   * @return the stored activity
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_PROVIDER_AGE},
   *     {@code TIMEBANK_ENTITY_DUPLICATE} or a rule of {@link Activity#publish}
   */
  public Activity publishWithCrew(
      PartyId actor,
      ActivityId id,
      ActivityKind kind,
      String title,
      String place,
      Instant start,
      Instant end,
      String category,
      PartyId organization,
      org.sanshe.timebank.team.TeamId team,
      java.util.Map<PartyId, AccountId> crew) {
    Objects.requireNonNull(crew, "crew");
    coordinator(actor, organization, Wording.of("publish activities", "发布活动"));
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    for (PartyId v : crew.keySet()) {
      commitment.mayProvide(v, today, ages).orThrow();
    }
    Activity a =
        Activity.publish(
            id,
            kind,
            title,
            place,
            start,
            end,
            crew.size(),
            category,
            organization,
            team,
            actor,
            now);
    for (java.util.Map.Entry<PartyId, AccountId> e : crew.entrySet()) {
      a.signUp(e.getKey(), e.getValue(), actor, now);
    }
    activities.add(a);
    return activities.find(id).orElseThrow();
  }

  /**
   * Signs a volunteer up, crediting later to the account given here.
   *
   * @param actor the volunteer or a coordinator, not null
   * @param id the activity, not null
   * @param volunteer the volunteer, not null
   * @param account the volunteer's account, not null
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_PROVIDER_AGE},
   *     {@code TIMEBANK_ENTITY_UNKNOWN} or a rule of {@link Activity#signUp}
   */
  public void signUp(PartyId actor, ActivityId id, PartyId volunteer, AccountId account) {
    Objects.requireNonNull(account, "account");
    selfOrCoordinator(actor, id, volunteer, Wording.of("sign up", "报名"));
    commitment.mayProvide(volunteer, LocalDate.ofInstant(clock.instant(), zone), ages).orThrow();
    apply(id, a -> a.signUp(volunteer, account, actor, clock.instant()));
  }

  /**
   * Withdraws a sign-up before check-in.
   *
   * @param actor the volunteer or a coordinator, not null
   * @param id the activity, not null
   * @param volunteer the volunteer, not null
   * @throws TimeBankException as {@link Activity#withdraw}
   */
  public void withdraw(PartyId actor, ActivityId id, PartyId volunteer) {
    selfOrCoordinator(actor, id, volunteer, Wording.of("withdraw a sign-up", "取消报名"));
    apply(id, a -> a.withdraw(volunteer, actor, clock.instant()));
  }

  /**
   * Checks a volunteer in at the clock's time.
   *
   * @param actor the volunteer or a coordinator, not null
   * @param id the activity, not null
   * @param volunteer the volunteer, not null
   * @throws TimeBankException as {@link Activity#checkIn}
   */
  public void checkIn(PartyId actor, ActivityId id, PartyId volunteer) {
    selfOrCoordinator(actor, id, volunteer, Wording.of("check in", "签到"));
    apply(id, a -> a.checkIn(volunteer, actor, clock.instant()));
  }

  /**
   * Checks a volunteer out at the clock's time.
   *
   * @param actor the volunteer or a coordinator, not null
   * @param id the activity, not null
   * @param volunteer the volunteer, not null
   * @throws TimeBankException as {@link Activity#checkOut}
   */
  public void checkOut(PartyId actor, ActivityId id, PartyId volunteer) {
    selfOrCoordinator(actor, id, volunteer, Wording.of("check out", "签退"));
    apply(id, a -> a.checkOut(volunteer, actor, clock.instant()));
  }

  /**
   * Checks many volunteers in at once (a coordinator scanning a list at the gate), in one write.
   * Each volunteer is checked in or refused on its own: a refusal names its code and leaves that
   * volunteer unchanged.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the activity, not null
   * @param volunteers the volunteers, not null
   * @return who was checked in and who was refused
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_UNKNOWN}
   */
  public BatchOutcome checkInAll(PartyId actor, ActivityId id, List<PartyId> volunteers) {
    return batch(actor, id, volunteers, Wording.of("check in", "签到"), true);
  }

  /**
   * Checks many volunteers out at once, in one write; as {@link #checkInAll}.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the activity, not null
   * @param volunteers the volunteers, not null
   * @return who was checked out and who was refused
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_UNKNOWN}
   */
  public BatchOutcome checkOutAll(PartyId actor, ActivityId id, List<PartyId> volunteers) {
    return batch(actor, id, volunteers, Wording.of("check out", "签退"), false);
  }

  private BatchOutcome batch(
      PartyId actor, ActivityId id, List<PartyId> volunteers, Wording action, boolean in) {
    List<PartyId> list = List.copyOf(Objects.requireNonNull(volunteers, "volunteers"));
    Objects.requireNonNull(actor, "actor");
    return mutate(
        id,
        null,
        a -> {
          coordinator(actor, a.organization(), action);
          Instant now = clock.instant();
          List<PartyId> done = new ArrayList<>(list.size());
          List<BatchOutcome.Refusal> refused = new ArrayList<>();
          for (PartyId v : list) {
            try {
              if (in) {
                a.checkIn(v, actor, now);
              } else {
                a.checkOut(v, actor, now);
              }
              done.add(v);
            } catch (TimeBankException e) {
              refused.add(new BatchOutcome.Refusal(v, e.error()));
            }
          }
          return new BatchOutcome(done, refused);
        });
  }

  /**
   * Confirms a checked-out volunteer's attendance: records and verifies the service through the
   * time bank (hours credited to the account given at sign-up), then marks the attendance
   * confirmed.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the activity, not null
   * @param volunteer the volunteer, not null
   * @return the verified service record
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_SIGNUP_UNKNOWN},
   *     {@code TIMEBANK_CONFIRM_BEFORE_CHECKOUT}, {@code TIMEBANK_ATTENDANCE_CONFIRMED}, {@code
   *     TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW}, a recording-rule code (overlap, daily maximum,
   *     recording window) or a ledger code; the attendance is then unchanged
   */
  public ServiceRecord confirm(PartyId actor, ActivityId id, PartyId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    Activity activity = require(id);
    coordinator(actor, activity.organization(), Wording.of("confirm attendance", "确认出勤"));
    ServiceRecord record = services.recordAndVerify(actor, activity.draftFor(volunteer));
    apply(id, a -> markConfirmed(a, volunteer, record, actor));
    return record;
  }

  /**
   * Confirms every checked-out attendance of an activity: each volunteer's service is recorded and
   * verified on its own (a refusal, such as an overlap with another record of that volunteer, is
   * listed and leaves that attendance checked out), then the confirmations are stored in one write.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the activity, not null
   * @return who was confirmed and who was refused
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ENTITY_UNKNOWN}
   */
  public BatchOutcome confirmAll(PartyId actor, ActivityId id) {
    Activity activity = require(id);
    coordinator(actor, activity.organization(), Wording.of("confirm attendance", "确认出勤"));
    List<ServiceRecord> made = new ArrayList<>();
    List<BatchOutcome.Refusal> refused = new ArrayList<>();
    for (Attendance at : activity.attendance()) {
      if (at.state() != AttendanceState.CHECKED_OUT) {
        continue;
      }
      try {
        made.add(services.recordAndVerify(actor, activity.draftFor(at.volunteer())));
      } catch (TimeBankException e) {
        refused.add(new BatchOutcome.Refusal(at.volunteer(), e.error()));
      }
    }
    return mutate(
        id,
        activity,
        a -> {
          List<PartyId> done = new ArrayList<>(made.size());
          for (ServiceRecord r : made) {
            markConfirmed(a, r.draft().volunteer(), r, actor);
            done.add(r.draft().volunteer());
          }
          return new BatchOutcome(done, refused);
        });
  }

  private void markConfirmed(Activity a, PartyId volunteer, ServiceRecord record, PartyId actor) {
    Attendance now =
        a.attendanceOf(volunteer)
            .orElseThrow(() -> new TimeBankException(TimeBankError.TIMEBANK_SIGNUP_UNKNOWN));
    if (now.state() == AttendanceState.CONFIRMED && record.id().equals(now.record())) {
      return; // a concurrent confirmation of the same record won
    }
    a.confirm(volunteer, record.id(), record.credited(), actor, clock.instant());
  }

  /**
   * Cancels an activity.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the activity, not null
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ACTIVITY_CLOSED}
   */
  public void cancel(PartyId actor, ActivityId id) {
    coordinator(actor, require(id).organization(), Wording.of("cancel activities", "取消活动"));
    apply(id, a -> a.cancel(actor, clock.instant()));
  }

  /**
   * Reports a finding of a patrol shift through the {@link PatrolFindings} port.
   *
   * @param actor the reporting volunteer, checked in on the shift, not null
   * @param shift the patrol shift, not null
   * @param place where, not null
   * @param category what kind of problem, not null
   * @param description what was found, not null
   * @return the finding as handed on
   * @throws TimeBankException {@code TIMEBANK_ENTITY_UNKNOWN}, {@code TIMEBANK_FINDING_NOT_PATROL},
   *     {@code TIMEBANK_FINDING_NOT_ON_SHIFT}
   * @throws org.sanshe.core.error.SansheException a text code for a bad text
   */
  public PatrolFinding reportFinding(
      PartyId actor, ActivityId shift, String place, String category, String description) {
    Objects.requireNonNull(actor, "actor");
    Activity a = require(shift);
    if (a.kind() != ActivityKind.PATROL) {
      throw new TimeBankException(TimeBankError.TIMEBANK_FINDING_NOT_PATROL);
    }
    boolean onShift =
        a.attendanceOf(actor).map(t -> t.state() != AttendanceState.SIGNED_UP).orElse(false);
    if (!onShift) {
      throw new TimeBankException(TimeBankError.TIMEBANK_FINDING_NOT_ON_SHIFT);
    }
    PatrolFinding f =
        new PatrolFinding(shift, place, category, description, actor, clock.instant());
    findings.report(f);
    return f;
  }

  private Activity require(ActivityId id) {
    return activities
        .find(Objects.requireNonNull(id, "id"))
        .orElseThrow(
            () -> new TimeBankException(TimeBankError.TIMEBANK_ENTITY_UNKNOWN, Activity.KIND));
  }

  private void coordinator(PartyId actor, PartyId organization, Wording action) {
    Objects.requireNonNull(actor, "actor");
    if (!roles.isCoordinator(actor, organization)) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_NOT_AUTHORIZED,
          actor,
          action,
          Wording.of("not a coordinator of the recording organization", "不是记录服务的组织的协调员"));
    }
  }

  private void selfOrCoordinator(PartyId actor, ActivityId id, PartyId volunteer, Wording action) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(volunteer, "volunteer");
    if (!actor.equals(volunteer)) {
      coordinator(actor, require(id).organization(), action);
    }
  }

  private void apply(ActivityId id, Consumer<Activity> command) {
    mutate(
        id,
        null,
        a -> {
          command.accept(a);
          return null;
        });
  }

  /**
   * Loads (or, on the first attempt, takes the instance already loaded and not yet changed),
   * applies, stores; on a version conflict loads again and retries.
   */
  private <R> R mutate(
      ActivityId id, Activity loaded, java.util.function.Function<Activity, R> command) {
    for (int attempt = 1; ; attempt++) {
      Activity a = attempt == 1 && loaded != null ? loaded : require(id);
      R result = command.apply(a);
      try {
        activities.update(a);
        return result;
      } catch (TimeBankException e) {
        if (e.error() != TimeBankError.TIMEBANK_VERSION_CONFLICT || attempt >= ATTEMPTS) {
          throw e;
        }
        LockSupport.parkNanos(
            ThreadLocalRandom.current().nextLong(50_000L << Math.min(attempt, 6)));
      }
    }
  }
}
