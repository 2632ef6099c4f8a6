package org.sanshe.timebank.rota;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanshe.core.error.Wording;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activities;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityKey;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.Attendance;
import org.sanshe.timebank.activity.AttendanceDesk;
import org.sanshe.timebank.activity.AttendanceState;
import org.sanshe.timebank.authorization.Roles;
import org.sanshe.timebank.error.StoreRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.team.TeamId;

/**
 * The commands of patrol rotas: draw up, swap, record an absence, and open a dated shift as a
 * patrol activity with its members signed up (through the {@link AttendanceDesk}, so check-in,
 * check-out and confirmation work as for any activity). Each command loads, applies and stores with
 * the version checked, retrying on a conflict as the attendance desk does. Swaps and absences apply
 * to shifts not yet opened; once opened, a shift's attendance lives in its activity. Drawing up and
 * opening shifts takes a coordinator of the recording organization; a swap or absence the
 * coordinator or the member leaving. Thread-safe if its ports are.
 */
public final class RotaDesk {

  private final Rotas rotas;
  private final Activities activities;
  private final AttendanceDesk attendance;
  private final Roles roles;
  private final Clock clock;

  /** Creates the desk from the parts a {@link Builder} holds; see {@link #builder()}. */
  private RotaDesk(
      Rotas rotas, Activities activities, AttendanceDesk attendance, Roles roles, Clock clock) {
    this.rotas = Objects.requireNonNull(rotas, "rotas");
    this.activities = Objects.requireNonNull(activities, "activities");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.roles = Objects.requireNonNull(roles, "roles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts a builder: set {@code rotas}, {@code activities}, {@code attendance}, {@code roles}
   * (required); every other part has the default its setter names.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RotaDesk} from named parts. Not thread-safe; build once. */
  public static final class Builder {

    private Rotas rotas;
    private Activities activities;
    private AttendanceDesk attendance;
    private Roles roles;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the rota store; required.
     *
     * @param rotas the value, not null
     * @return this builder
     */
    public Builder rotas(Rotas rotas) {
      this.rotas = Objects.requireNonNull(rotas, "rotas");
      return this;
    }

    /**
     * Sets the activity store the attendance desk uses; required.
     *
     * @param activities the value, not null
     * @return this builder
     */
    public Builder activities(Activities activities) {
      this.activities = Objects.requireNonNull(activities, "activities");
      return this;
    }

    /**
     * Sets the attendance desk; required.
     *
     * @param attendance the value, not null
     * @return this builder
     */
    public Builder attendance(AttendanceDesk attendance) {
      this.attendance = Objects.requireNonNull(attendance, "attendance");
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
    public RotaDesk build() {
      return new RotaDesk(rotas, activities, attendance, roles, clock);
    }
  }

  /**
   * Draws up and stores a rota.
   *
   * @param actor a coordinator of the organization, not null
   * @param id the id, not null
   * @param team the team, not null
   * @param organization the recording organization, not null
   * @param category the service category of its shifts, not null
   * @param zone the zone of its dates, not null
   * @param firstDay the first date, not null
   * @param lastDay the last date, not null
   * @param slots the weekly slots, not null
   * @return the stored rota
   * @throws TimeBankException {@code TIMEBANK_NOT_AUTHORIZED}, {@code TIMEBANK_ROTA_OVERLAP},
   *     {@code TIMEBANK_ROTA_INVALID}, {@code TIMEBANK_ENTITY_DUPLICATE}
   */
  public Rota drawUp(
      PartyId actor,
      RotaId id,
      TeamId team,
      PartyId organization,
      String category,
      ZoneId zone,
      LocalDate firstDay,
      LocalDate lastDay,
      List<RotaSlot> slots) {
    coordinator(actor, organization, Wording.of("draw up rotas", "编制排班表"));
    Rota r =
        Rota.drawUp(
            id,
            team,
            organization,
            category,
            zone,
            firstDay,
            lastDay,
            slots,
            actor,
            clock.instant());
    rotas.add(r);
    return rotas.find(id).orElseThrow();
  }

  /**
   * Hands a dated shift from a member to another volunteer.
   *
   * @param actor a coordinator or the member leaving, not null
   * @param id the rota, not null
   * @param day the date, not null
   * @param slot the slot
   * @param member the member leaving, not null
   * @param replacement who takes over, not null
   * @throws TimeBankException as {@link Rota#swap}, {@code TIMEBANK_ROTA_SHIFT_OPENED}, {@code
   *     TIMEBANK_NOT_AUTHORIZED}
   */
  public void swap(
      PartyId actor, RotaId id, LocalDate day, int slot, PartyId member, RotaMember replacement) {
    memberOrCoordinator(actor, id, member, Wording.of("swap shifts", "换班"));
    apply(id, day, slot, r -> r.swap(day, slot, member, replacement, actor, clock.instant()));
  }

  /**
   * Records a member's absence from a dated shift.
   *
   * @param actor a coordinator or the member, not null
   * @param id the rota, not null
   * @param day the date, not null
   * @param slot the slot
   * @param member the member, not null
   * @throws TimeBankException as {@link Rota#absent}, {@code TIMEBANK_ROTA_SHIFT_OPENED}, {@code
   *     TIMEBANK_NOT_AUTHORIZED}
   */
  public void absent(PartyId actor, RotaId id, LocalDate day, int slot, PartyId member) {
    memberOrCoordinator(actor, id, member, Wording.of("record absences", "登记缺勤"));
    apply(id, day, slot, r -> r.absent(day, slot, member, actor, clock.instant()));
  }

  /**
   * Opens a dated shift as a patrol activity with its members signed up; opening it again returns
   * the activity already opened.
   *
   * @param actor a coordinator of the recording organization, not null
   * @param id the rota, not null
   * @param day the date, not null
   * @param slot the slot
   * @return the patrol activity
   * @throws TimeBankException {@code TIMEBANK_ROTA_NO_SHIFT}, {@code TIMEBANK_NOT_AUTHORIZED},
   *     {@code TIMEBANK_PROVIDER_AGE}
   */
  public Activity openShift(PartyId actor, RotaId id, LocalDate day, int slot) {
    Rota rota = require(id);
    RotaShift shift = rota.shift(day, slot);
    coordinator(actor, rota.organization(), Wording.of("open shifts", "开启班次"));
    var existing = activities.find(shift.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    Map<PartyId, AccountId> crew = new LinkedHashMap<>();
    for (RotaMember m : shift.members()) {
      crew.put(m.volunteer(), m.account());
    }
    try {
      return attendance.publishWithCrew(
          actor,
          shift.id(),
          ActivityKind.PATROL,
          "Patrol " + day + " #" + slot,
          shift.place(),
          shift.start(),
          shift.end(),
          rota.category(),
          rota.organization(),
          rota.team(),
          crew);
    } catch (TimeBankException e) {
      if (e.error() == TimeBankError.TIMEBANK_ENTITY_DUPLICATE) {
        return activities.find(shift.id()).orElseThrow(() -> e); // opened concurrently
      }
      throw e;
    }
  }

  /**
   * A volunteer's upcoming rota shifts across every rota that names the volunteer: the dated shifts
   * ending after {@code now} on which the volunteer is, after swaps and absences, in the order of
   * {@link ActivityKey} (start, then id; the last shift's {@code new ActivityKey(start, id)} is the
   * next page's {@code after}). A shift already opened is listed only while its activity is not
   * cancelled and the volunteer is signed up or checked in on it (once opened, its attendance lives
   * in the activity). Activities that are not rota shifts come from {@link Activities#upcomingOf}.
   *
   * @param volunteer the volunteer, not null
   * @param now the current instant, not null
   * @param after the last key of the previous page, or null for the first page
   * @param max the most shifts, 1 to {@value org.sanshe.timebank.error.StoreRules#MAX_PAGE}
   * @return the shifts, at most {@code max}
   * @throws org.sanshe.core.error.SansheException {@code ARGUMENT_INVALID} for a bad page size
   */
  public List<RotaShift> upcomingShiftsOf(
      PartyId volunteer, Instant now, ActivityKey after, int max) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(now, "now");
    StoreRules.checkPage(max);
    List<RotaShift> page = new ArrayList<>();
    ActivityKey cursor = after;
    while (page.size() < max) {
      List<RotaShift> candidates = new ArrayList<>();
      RotaId lastRota = null;
      while (true) {
        List<Rota> mine = rotas.ofVolunteer(volunteer, lastRota, StoreRules.MAX_PAGE);
        for (Rota r : mine) {
          candidates.addAll(r.shiftsOf(volunteer, now, cursor, max));
        }
        if (mine.size() < StoreRules.MAX_PAGE) {
          break;
        }
        lastRota = mine.get(mine.size() - 1).id();
      }
      candidates.sort(Comparator.comparing(RotaDesk::key));
      int n = Math.min(candidates.size(), max);
      for (int i = 0; i < n && page.size() < max; i++) {
        RotaShift shift = candidates.get(i);
        Optional<Activity> opened = activities.find(shift.id());
        if (opened.isEmpty() || pendingFor(opened.get(), volunteer)) {
          page.add(shift);
        }
      }
      if (n < max) {
        break;
      }
      cursor = key(candidates.get(n - 1));
    }
    return page;
  }

  private static ActivityKey key(RotaShift shift) {
    return new ActivityKey(shift.start(), shift.id());
  }

  private static boolean pendingFor(Activity activity, PartyId volunteer) {
    if (activity.isCancelled()) {
      return false;
    }
    for (Attendance a : activity.attendance()) {
      if (a.volunteer().equals(volunteer)) {
        return a.state() == AttendanceState.SIGNED_UP || a.state() == AttendanceState.CHECKED_IN;
      }
    }
    return false;
  }

  private void apply(RotaId id, LocalDate day, int slot, Consumer<Rota> command) {
    for (int attempt = 1; ; attempt++) {
      Rota r = require(id);
      if (activities.find(r.shift(day, slot).id()).isPresent()) {
        throw new TimeBankException(TimeBankError.TIMEBANK_ROTA_SHIFT_OPENED);
      }
      command.accept(r);
      try {
        rotas.update(r);
        return;
      } catch (TimeBankException e) {
        if (e.error() != TimeBankError.TIMEBANK_VERSION_CONFLICT
            || attempt >= AttendanceDesk.ATTEMPTS) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }

  private Rota require(RotaId id) {
    return rotas
        .find(Objects.requireNonNull(id, "id"))
        .orElseThrow(() -> StoreRules.unknown(Rota.KIND));
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

  private void memberOrCoordinator(PartyId actor, RotaId id, PartyId member, Wording action) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(member, "member");
    if (!actor.equals(member)) {
      coordinator(actor, require(id).organization(), action);
    }
  }
}
