package org.sanshe.timebank.activity;

import java.time.Instant;
import java.util.Objects;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.credit.TimeCredit;
import org.sanshe.timebank.service.ServiceRecordId;

/**
 * What happened to an activity or patrol shift, in the past tense, naming who acted and when.
 * Immutable.
 */
public sealed interface ActivityEvent {

  /**
   * Returns the activity.
   *
   * @return its id
   */
  ActivityId activity();

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
   * An activity or patrol shift was published.
   *
   * @param activity the activity
   * @param kind activity or patrol
   * @param capacity its places
   * @param by who published it
   * @param at when
   */
  record ActivityPublished(
      ActivityId activity, ActivityKind kind, int capacity, PartyId by, Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public ActivityPublished {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer signed up.
   *
   * @param activity the activity
   * @param volunteer the volunteer
   * @param by who acted
   * @param at when
   */
  record VolunteerSignedUp(ActivityId activity, PartyId volunteer, PartyId by, Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public VolunteerSignedUp {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer withdrew a sign-up before checking in; the place is free again.
   *
   * @param activity the activity
   * @param volunteer the volunteer
   * @param by who acted
   * @param at when
   */
  record SignUpWithdrawn(ActivityId activity, PartyId volunteer, PartyId by, Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public SignUpWithdrawn {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer checked in.
   *
   * @param activity the activity
   * @param volunteer the volunteer
   * @param by who acted
   * @param at when
   */
  record VolunteerCheckedIn(ActivityId activity, PartyId volunteer, PartyId by, Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public VolunteerCheckedIn {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A volunteer checked out.
   *
   * @param activity the activity
   * @param volunteer the volunteer
   * @param by who acted
   * @param at when
   */
  record VolunteerCheckedOut(ActivityId activity, PartyId volunteer, PartyId by, Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public VolunteerCheckedOut {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A coordinator confirmed a volunteer's attendance: a verified service record, hours credited.
   *
   * @param activity the activity
   * @param volunteer the volunteer
   * @param record the verified service record
   * @param credited the time credited
   * @param by the coordinator
   * @param at when
   */
  record AttendanceConfirmed(
      ActivityId activity,
      PartyId volunteer,
      ServiceRecordId record,
      TimeCredit credited,
      PartyId by,
      Instant at)
      implements ActivityEvent {
    /** Checks for nulls. */
    public AttendanceConfirmed {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(volunteer, "volunteer");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(credited, "credited");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An activity was cancelled; it takes no more sign-ups or check-ins.
   *
   * @param activity the activity
   * @param by who acted
   * @param at when
   */
  record ActivityCancelled(ActivityId activity, PartyId by, Instant at) implements ActivityEvent {
    /** Checks for nulls. */
    public ActivityCancelled {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
