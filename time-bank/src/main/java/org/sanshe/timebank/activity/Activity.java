package org.sanshe.timebank.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanshe.core.error.Wording;
import org.sanshe.core.kernel.BoundedText;
import org.sanshe.core.kernel.PlausibleTime;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.error.IdRules;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceDraft;
import org.sanshe.timebank.service.ServiceRecordId;
import org.sanshe.timebank.team.TeamId;

/**
 * A published volunteer activity or a patrol shift: a place, a time window, a capacity, a service
 * category and the organization that organizes and records it ("whoever organizes records"), with
 * the attendance of each volunteer: sign-up (报名), check-in (签到), check-out (签退) and the
 * coordinator's confirmation, which turns the attendance into a verified service record through
 * {@link org.sanshe.timebank.service.ServiceRecording} (see {@link AttendanceDesk}).
 *
 * <p>The service recorded for an attendance is the time between check-in and check-out, clipped to
 * the activity's window ({@link #served(PartyId)}): arriving early or leaving late earns nothing
 * extra. Every command checks its rule first and changes nothing when refused; a successful command
 * appends a past-tense {@link ActivityEvent}. Not thread-safe: an instance is a unit of work read
 * from an {@link Activities} store, whose version check keeps concurrent sign-ups within the
 * capacity.
 */
public final class Activity {

  /** The kind's name in messages. */
  public static final Wording KIND = Wording.of("activity", "活动");

  /** The most places an activity has: {@value}. */
  public static final int MAX_CAPACITY = 100_000;

  /** The longest activity or shift: 24 hours. */
  public static final Duration MAX_LENGTH = Duration.ofHours(24);

  /** The longest title, in characters: {@value}. */
  public static final int MAX_TITLE = 100;

  private static final Wording TITLE = Wording.of("The activity title", "活动名称");

  private final ActivityId id;
  private final ActivityKind kind;
  private final String title;
  private final String place;
  private final Instant start;
  private final Instant end;
  private final int capacity;
  private final String category;
  private final PartyId organization;
  private final TeamId team;
  private final PartyId publishedBy;
  private final Instant publishedAt;
  private Instant cancelledAt;
  private final LinkedHashMap<PartyId, Attendance> attendance;
  private final long version;
  private final List<ActivityEvent> pending = new ArrayList<>();

  private Activity(ActivitySnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.kind = Objects.requireNonNull(s.kind(), "kind");
    this.title = BoundedText.name(Objects.requireNonNull(s.title(), "title"), TITLE, MAX_TITLE);
    this.place = Objects.requireNonNull(s.place(), "place");
    this.start = Objects.requireNonNull(s.start(), "start");
    this.end = Objects.requireNonNull(s.end(), "end");
    this.capacity = s.capacity();
    this.category = IdRules.check("category", s.category());
    this.organization = Objects.requireNonNull(s.organization(), "organization");
    this.team = s.team();
    this.publishedBy = Objects.requireNonNull(s.publishedBy(), "publishedBy");
    this.publishedAt = Objects.requireNonNull(s.publishedAt(), "publishedAt");
    this.cancelledAt = s.cancelledAt();
    this.version = s.version();
    // sized for the snapshot's attendance and a few more sign-ups: restoring rehashes nothing
    this.attendance = new LinkedHashMap<>(capacityFor(s.attendance().size() + 16));
    if (place.length() > ServiceDraft.MAX_PLACE_LENGTH
        || !place.codePoints().allMatch(BoundedText::isVisible)) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_PLACE_INVALID, ServiceDraft.MAX_PLACE_LENGTH);
    }
    if (!end.isAfter(start)
        || start.isBefore(PlausibleTime.EARLIEST_INSTANT)
        || Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_ACTIVITY_PERIOD_INVALID, MAX_LENGTH.toHours());
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ACTIVITY_CAPACITY_INVALID, MAX_CAPACITY);
    }
    for (Attendance a : s.attendance()) {
      if (attendance.put(a.volunteer(), a) != null) {
        throw invalid("a volunteer signs up once", "同一志愿者只能报名一次");
      }
    }
    if (attendance.size() > capacity) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ACTIVITY_FULL, capacity);
    }
    if (version < 0) {
      throw invalid("a version from 0", "版本号不小于 0");
    }
  }

  private static int capacityFor(int entries) {
    return (int) Math.min(1 << 30, (long) Math.ceil(entries / 0.75));
  }

  static TimeBankException invalid(String english, String chinese) {
    return new TimeBankException(
        TimeBankError.TIMEBANK_POLICY_INVALID, Wording.of(english, chinese));
  }

  /**
   * Publishes an activity or a patrol shift.
   *
   * @param id the id, not null
   * @param kind activity or patrol, not null
   * @param title the title, a bounded name of at most {@value #MAX_TITLE} characters, not null
   * @param place where, at most 200 visible characters, no personal data, not null
   * @param start when it starts, not null
   * @param end when it ends, after the start and at most 24 hours later, not null
   * @param capacity the places, 1 to {@value #MAX_CAPACITY}
   * @param category the service category code of its records, not null
   * @param organization the organizing, recording organization, not null
   * @param team the team it belongs to, or null
   * @param by who publishes it, not null
   * @param at when, not null
   * @return the activity at version 0 with an {@link ActivityEvent.ActivityPublished} pending
   * @throws TimeBankException {@code TIMEBANK_ACTIVITY_PERIOD_INVALID}, {@code
   *     TIMEBANK_ACTIVITY_CAPACITY_INVALID}, {@code TIMEBANK_PLACE_INVALID}, {@code
   *     TIMEBANK_ID_INVALID}
   */
  public static Activity publish(
      ActivityId id,
      ActivityKind kind,
      String title,
      String place,
      Instant start,
      Instant end,
      int capacity,
      String category,
      PartyId organization,
      TeamId team,
      PartyId by,
      Instant at) {
    Activity a =
        new Activity(
            new ActivitySnapshot(
                id,
                0,
                kind,
                title,
                place,
                start,
                end,
                capacity,
                category,
                organization,
                team,
                by,
                at,
                null,
                List.of()));
    a.pending.add(new ActivityEvent.ActivityPublished(id, kind, capacity, by, at));
    return a;
  }

  /**
   * Restores an activity from its snapshot, checking every rule.
   *
   * @param snapshot the snapshot, not null
   * @return the activity, with no pending events
   * @throws TimeBankException naming the broken rule
   */
  public static Activity restore(ActivitySnapshot snapshot) {
    return new Activity(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * Signs a volunteer up.
   *
   * @param volunteer the volunteer, not null
   * @param account the volunteer's account to credit, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_ACTIVITY_CLOSED} once ended or cancelled, {@code
   *     TIMEBANK_SIGNUP_DUPLICATE}, {@code TIMEBANK_ACTIVITY_FULL}
   */
  public void signUp(PartyId volunteer, AccountId account, PartyId by, Instant at) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(account, "account");
    open(by, at, Wording.of("sign-ups", "报名"));
    if (attendance.containsKey(volunteer)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SIGNUP_DUPLICATE);
    }
    if (attendance.size() >= capacity) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ACTIVITY_FULL, capacity);
    }
    attendance.put(
        volunteer,
        new Attendance(
            volunteer, account, AttendanceState.SIGNED_UP, at, null, null, null, TimeCredit.ZERO));
    pending.add(new ActivityEvent.VolunteerSignedUp(id, volunteer, by, at));
  }

  /**
   * Withdraws a sign-up before check-in; the place is free again.
   *
   * @param volunteer the volunteer, not null
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_SIGNUP_UNKNOWN}, {@code TIMEBANK_CHECKIN_DUPLICATE}
   *     once checked in
   */
  public void withdraw(PartyId volunteer, PartyId by, Instant at) {
    Attendance a = require(volunteer, by, at);
    if (a.state() != AttendanceState.SIGNED_UP) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CHECKIN_DUPLICATE);
    }
    attendance.remove(volunteer);
    pending.add(new ActivityEvent.SignUpWithdrawn(id, volunteer, by, at));
  }

  /**
   * Checks a signed-up volunteer in.
   *
   * @param volunteer the volunteer, not null
   * @param by who acts, not null
   * @param at when, before the end, not null
   * @throws TimeBankException {@code TIMEBANK_ACTIVITY_CLOSED}, {@code TIMEBANK_SIGNUP_UNKNOWN},
   *     {@code TIMEBANK_CHECKIN_DUPLICATE}
   */
  public void checkIn(PartyId volunteer, PartyId by, Instant at) {
    Attendance a = require(volunteer, by, at);
    open(by, at, Wording.of("check-ins", "签到"));
    if (a.state() != AttendanceState.SIGNED_UP) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CHECKIN_DUPLICATE);
    }
    attendance.put(volunteer, a.checkedIn(at));
    pending.add(new ActivityEvent.VolunteerCheckedIn(id, volunteer, by, at));
  }

  /**
   * Checks a volunteer out.
   *
   * @param volunteer the volunteer, not null
   * @param by who acts, not null
   * @param at when, not before the check-in, not null
   * @throws TimeBankException {@code TIMEBANK_SIGNUP_UNKNOWN}, {@code
   *     TIMEBANK_CHECKOUT_BEFORE_CHECKIN} (not checked in, or a time before the check-in), {@code
   *     TIMEBANK_CHECKOUT_DUPLICATE}
   */
  public void checkOut(PartyId volunteer, PartyId by, Instant at) {
    Attendance a = require(volunteer, by, at);
    if (a.state() == AttendanceState.SIGNED_UP || a.checkedInAt().isAfter(at)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CHECKOUT_BEFORE_CHECKIN);
    }
    if (a.state() != AttendanceState.CHECKED_IN) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CHECKOUT_DUPLICATE);
    }
    attendance.put(volunteer, a.checkedOut(at));
    pending.add(new ActivityEvent.VolunteerCheckedOut(id, volunteer, by, at));
  }

  /**
   * Checks that a volunteer's attendance can be confirmed, changing nothing.
   *
   * @param volunteer the volunteer, not null
   * @return the attendance, checked out
   * @throws TimeBankException {@code TIMEBANK_SIGNUP_UNKNOWN}, {@code
   *     TIMEBANK_ATTENDANCE_CONFIRMED}, {@code TIMEBANK_CONFIRM_BEFORE_CHECKOUT}
   */
  public Attendance confirmable(PartyId volunteer) {
    Attendance a = attendance.get(Objects.requireNonNull(volunteer, "volunteer"));
    if (a == null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SIGNUP_UNKNOWN);
    }
    if (a.state() == AttendanceState.CONFIRMED) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ATTENDANCE_CONFIRMED);
    }
    if (a.state() != AttendanceState.CHECKED_OUT) {
      throw new TimeBankException(TimeBankError.TIMEBANK_CONFIRM_BEFORE_CHECKOUT);
    }
    return a;
  }

  /**
   * Records the coordinator's confirmation: the attendance is now the verified service record.
   *
   * @param volunteer the volunteer, not null
   * @param record the verified service record, not null
   * @param credited the time credited for it, not null, not negative
   * @param by the coordinator, not null
   * @param at when, not null
   * @throws TimeBankException as {@link #confirmable(PartyId)}
   */
  public void confirm(
      PartyId volunteer, ServiceRecordId record, TimeCredit credited, PartyId by, Instant at) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Attendance a = confirmable(volunteer);
    attendance.put(volunteer, a.confirmed(record, credited));
    pending.add(new ActivityEvent.AttendanceConfirmed(id, volunteer, record, credited, by, at));
  }

  /**
   * Cancels the activity: no more sign-ups or check-ins; attendance already confirmed stays.
   *
   * @param by who acts, not null
   * @param at when, not null
   * @throws TimeBankException {@code TIMEBANK_ACTIVITY_CLOSED} if already cancelled
   */
  public void cancel(PartyId by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (cancelledAt != null) {
      throw new TimeBankException(
          TimeBankError.TIMEBANK_ACTIVITY_CLOSED, Wording.of("cancellation", "取消"));
    }
    cancelledAt = at;
    pending.add(new ActivityEvent.ActivityCancelled(id, by, at));
  }

  /**
   * Returns the service an attendance stands for: check-in to check-out, clipped to the window.
   *
   * @param volunteer the volunteer, not null
   * @return the period, or empty if not checked out or outside the window
   */
  public Optional<Served> served(PartyId volunteer) {
    Attendance a = attendance.get(Objects.requireNonNull(volunteer, "volunteer"));
    if (a == null || a.checkedOutAt() == null) {
      return Optional.empty();
    }
    Instant s = a.checkedInAt().isAfter(start) ? a.checkedInAt() : start;
    Instant e = a.checkedOutAt().isBefore(end) ? a.checkedOutAt() : end;
    return e.isAfter(s) ? Optional.of(new Served(s, e)) : Optional.empty();
  }

  /**
   * Returns the service draft of a checked-out attendance: everything from the activity and the
   * attendance, nothing typed again.
   *
   * @param volunteer the volunteer, not null
   * @return the draft
   * @throws TimeBankException as {@link #confirmable(PartyId)}, or {@code
   *     TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW}
   */
  public ServiceDraft draftFor(PartyId volunteer) {
    Attendance a = confirmable(volunteer);
    Served period =
        served(volunteer)
            .orElseThrow(
                () -> new TimeBankException(TimeBankError.TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW));
    return new ServiceDraft(
        volunteer,
        a.account(),
        organization,
        category,
        null,
        period.start(),
        period.end(),
        place,
        null);
  }

  /**
   * The service period of an attendance: check-in to check-out, clipped to the activity's window.
   * Immutable.
   *
   * @param start when the counted service began
   * @param end when it ended, after the start
   */
  public record Served(Instant start, Instant end) {
    /**
     * Returns the minutes served (whole minutes, rounded down).
     *
     * @return the minutes
     */
    public long minutes() {
      return Duration.between(start, end).toMinutes();
    }
  }

  private Attendance require(PartyId volunteer, PartyId by, Instant at) {
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Attendance a = attendance.get(volunteer);
    if (a == null) {
      throw new TimeBankException(TimeBankError.TIMEBANK_SIGNUP_UNKNOWN);
    }
    return a;
  }

  private void open(PartyId by, Instant at, Wording action) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (cancelledAt != null || !at.isBefore(end)) {
      throw new TimeBankException(TimeBankError.TIMEBANK_ACTIVITY_CLOSED, action);
    }
  }

  /**
   * Returns the state as plain data.
   *
   * @return the snapshot at this instance's version
   */
  public ActivitySnapshot snapshot() {
    return new ActivitySnapshot(
        id,
        version,
        kind,
        title,
        place,
        start,
        end,
        capacity,
        category,
        organization,
        team,
        publishedBy,
        publishedAt,
        cancelledAt,
        new ArrayList<>(attendance.values()));
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ActivityId id() {
    return id;
  }

  /**
   * Returns the kind.
   *
   * @return activity or patrol
   */
  public ActivityKind kind() {
    return kind;
  }

  /**
   * Returns the place.
   *
   * @return the place
   */
  public String place() {
    return place;
  }

  /**
   * Returns the start.
   *
   * @return the start
   */
  public Instant start() {
    return start;
  }

  /**
   * Returns the end.
   *
   * @return the end
   */
  public Instant end() {
    return end;
  }

  /**
   * Returns the capacity.
   *
   * @return the places
   */
  public int capacity() {
    return capacity;
  }

  /**
   * Returns the recording organization.
   *
   * @return the organization
   */
  public PartyId organization() {
    return organization;
  }

  /**
   * Returns the team, or null.
   *
   * @return the team or null
   */
  public TeamId team() {
    return team;
  }

  /**
   * Returns a volunteer's attendance.
   *
   * @param volunteer the volunteer, not null
   * @return the attendance, or empty if not signed up
   */
  public Optional<Attendance> attendanceOf(PartyId volunteer) {
    return Optional.ofNullable(attendance.get(Objects.requireNonNull(volunteer, "volunteer")));
  }

  /**
   * Returns the attendance in order of sign-up.
   *
   * @return an immutable copy
   */
  public List<Attendance> attendance() {
    return List.copyOf(attendance.values());
  }

  /**
   * Tells whether the activity was cancelled.
   *
   * @return true if cancelled
   */
  public boolean isCancelled() {
    return cancelledAt != null;
  }

  /**
   * Returns the version read from the store (0 if new).
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the events raised since it was read or published, oldest first.
   *
   * @return an immutable copy
   */
  public List<ActivityEvent> pendingEvents() {
    return List.copyOf(pending);
  }

  @Override
  public String toString() {
    return "Activity["
        + id
        + ", "
        + kind
        + ", "
        + attendance.size()
        + "/"
        + capacity
        + ", v"
        + version
        + "]";
  }
}
