package org.sanshe.timebank.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;
import static org.sanshe.timebank.TimeBankFixture.ORG;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.timebank.VolunteeringFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;
import org.sanshe.timebank.service.ServiceRecord;
import org.sanshe.timebank.service.ServiceStatus;

class AttendanceDeskTest {

  private final VolunteeringFixture f = new VolunteeringFixture();
  private final ActivityId id = ActivityId.of("act-1");

  private void refused(Runnable command, TimeBankError code) {
    ActivitySnapshot before = f.activities.find(id).map(Activity::snapshot).orElse(null);
    int records = f.base.bank.services().records().awaitingVerification(ORG, null, 100).size();
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            TimeBankException.class, e -> assertThat(e.error()).isEqualTo(code));
    assertThat(f.activities.find(id).map(Activity::snapshot).orElse(null)).isEqualTo(before);
    assertThat(f.base.bank.services().records().awaitingVerification(ORG, null, 100))
        .hasSize(records);
  }

  @Test
  void attendance_confirmed_by_the_coordinator_becomes_a_verified_record_and_hours() {
    PartyId wang = f.volunteer("wang");
    f.activity("act-1", 10);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    f.advance(Duration.ofMinutes(50)); // ten minutes early
    f.desk.checkIn(wang, id, wang);
    f.advance(Duration.ofMinutes(100)); // leaves at 1h30 into the activity
    f.desk.checkOut(wang, id, wang);
    f.advance(Duration.ofHours(2));
    ServiceRecord record = f.desk.confirm(COORDINATOR, id, wang);

    assertThat(record.status()).isEqualTo(ServiceStatus.VERIFIED);
    assertThat(record.draft().served()).isEqualTo(Duration.ofMinutes(90)); // clipped to the window
    assertThat(record.draft().place()).isEqualTo("Riverside park, east gate");
    assertThat(record.draft().category()).isEqualTo("environment");
    assertThat(f.balance(wang)).isEqualTo(90);
    Attendance a = f.activities.find(id).orElseThrow().attendanceOf(wang).orElseThrow();
    assertThat(a.state()).isEqualTo(AttendanceState.CONFIRMED);
    assertThat(a.record()).isEqualTo(record.id());
    assertThat(a.credited().toMinutes()).isEqualTo(90);
    // confirming again is refused and credits nothing
    refused(
        () -> f.desk.confirm(COORDINATOR, id, wang), TimeBankError.TIMEBANK_ATTENDANCE_CONFIRMED);
    assertThat(f.balance(wang)).isEqualTo(90);
  }

  @Test
  void every_bad_step_has_its_own_code_and_changes_nothing() {
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    PartyId zhao = f.volunteer("zhao");
    f.activity("act-1", 2);
    refused(() -> f.desk.checkIn(wang, id, wang), TimeBankError.TIMEBANK_SIGNUP_UNKNOWN);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    refused(
        () -> f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang)),
        TimeBankError.TIMEBANK_SIGNUP_DUPLICATE);
    f.desk.signUp(COORDINATOR, id, li, VolunteeringFixture.account(li));
    refused(
        () -> f.desk.signUp(zhao, id, zhao, VolunteeringFixture.account(zhao)),
        TimeBankError.TIMEBANK_ACTIVITY_FULL);
    refused(
        () -> f.desk.signUp(li, id, zhao, VolunteeringFixture.account(zhao)),
        TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    refused(() -> f.desk.checkOut(wang, id, wang), TimeBankError.TIMEBANK_CHECKOUT_BEFORE_CHECKIN);
    refused(
        () -> f.desk.confirm(COORDINATOR, id, wang),
        TimeBankError.TIMEBANK_CONFIRM_BEFORE_CHECKOUT);
    f.advance(Duration.ofHours(1));
    f.desk.checkIn(wang, id, wang);
    refused(() -> f.desk.checkIn(wang, id, wang), TimeBankError.TIMEBANK_CHECKIN_DUPLICATE);
    refused(() -> f.desk.withdraw(wang, id, wang), TimeBankError.TIMEBANK_CHECKIN_DUPLICATE);
    refused(
        () -> f.desk.confirm(COORDINATOR, id, wang),
        TimeBankError.TIMEBANK_CONFIRM_BEFORE_CHECKOUT);
    refused(() -> f.desk.confirm(wang, id, wang), TimeBankError.TIMEBANK_NOT_AUTHORIZED);
    f.advance(Duration.ofHours(1));
    f.desk.checkOut(wang, id, wang);
    refused(() -> f.desk.checkOut(wang, id, wang), TimeBankError.TIMEBANK_CHECKOUT_DUPLICATE);
    f.advance(Duration.ofHours(2));
    refused(() -> f.desk.checkIn(li, id, li), TimeBankError.TIMEBANK_ACTIVITY_CLOSED);
    refused(
        () -> f.desk.signUp(zhao, id, zhao, VolunteeringFixture.account(zhao)),
        TimeBankError.TIMEBANK_ACTIVITY_CLOSED);
  }

  @Test
  void an_attendance_entirely_outside_the_window_records_nothing() {
    PartyId wang = f.volunteer("wang");
    f.activity("act-1", 2);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    f.advance(Duration.ofMinutes(10));
    f.desk.checkIn(wang, id, wang);
    f.advance(Duration.ofMinutes(20)); // leaves 30 minutes before the start
    f.desk.checkOut(wang, id, wang);
    f.advance(Duration.ofHours(3));
    refused(
        () -> f.desk.confirm(COORDINATOR, id, wang),
        TimeBankError.TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW);
    assertThat(f.balance(wang)).isZero();
  }

  @Test
  void providers_under_18_or_of_unknown_age_cannot_sign_up() {
    PartyId teen = f.volunteer("teen");
    f.base.ages.put(teen, 17);
    PartyId unknown = f.volunteer("unknown");
    f.base.ages.remove(unknown);
    PartyId adult = f.volunteer("adult");
    f.base.ages.put(adult, 18);
    f.activity("act-1", 5);
    refused(
        () -> f.desk.signUp(teen, id, teen, VolunteeringFixture.account(teen)),
        TimeBankError.TIMEBANK_PROVIDER_AGE);
    refused(
        () -> f.desk.signUp(unknown, id, unknown, VolunteeringFixture.account(unknown)),
        TimeBankError.TIMEBANK_PROVIDER_AGE);
    f.desk.signUp(adult, id, adult, VolunteeringFixture.account(adult));
  }

  @Test
  void a_withdrawn_sign_up_frees_its_place() {
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    f.activity("act-1", 1);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    f.desk.withdraw(wang, id, wang);
    f.desk.signUp(li, id, li, VolunteeringFixture.account(li));
    assertThat(f.activities.find(id).orElseThrow().attendance())
        .extracting(Attendance::volunteer)
        .containsExactly(li);
  }

  @Test
  void batch_check_in_and_confirmation_report_each_refusal_and_keep_the_rest() {
    PartyId a = f.volunteer("a");
    PartyId b = f.volunteer("b");
    PartyId c = f.volunteer("c");
    PartyId stranger = PartyId.of("vol-stranger");
    f.activity("act-1", 5);
    for (PartyId v : List.of(a, b, c)) {
      f.desk.signUp(v, id, v, VolunteeringFixture.account(v));
    }
    // c already has a service recorded at the same time by the same organization
    Instant start = f.now().plus(Duration.ofHours(1));
    f.advance(Duration.ofHours(1));
    BatchOutcome in = f.desk.checkInAll(COORDINATOR, id, List.of(a, b, c, stranger, a));
    assertThat(in.done()).containsExactly(a, b, c);
    assertThat(in.refused())
        .containsExactly(
            new BatchOutcome.Refusal(stranger, TimeBankError.TIMEBANK_SIGNUP_UNKNOWN),
            new BatchOutcome.Refusal(a, TimeBankError.TIMEBANK_CHECKIN_DUPLICATE));
    f.advance(Duration.ofHours(2));
    BatchOutcome out = f.desk.checkOutAll(COORDINATOR, id, List.of(a, b, c));
    assertThat(out.done()).containsExactly(a, b, c);
    f.base
        .bank
        .services()
        .record(
            COORDINATOR,
            new org.sanshe.timebank.service.ServiceDraft(
                c,
                VolunteeringFixture.account(c),
                ORG,
                "elder-care",
                null,
                start.plus(Duration.ofMinutes(30)),
                start.plus(Duration.ofMinutes(60)),
                "",
                null));
    BatchOutcome confirmed = f.desk.confirmAll(COORDINATOR, id);
    assertThat(confirmed.done()).containsExactlyInAnyOrder(a, b);
    assertThat(confirmed.refused())
        .containsExactly(new BatchOutcome.Refusal(c, TimeBankError.TIMEBANK_SERVICE_OVERLAP));
    assertThat(f.balance(a)).isEqualTo(120);
    assertThat(f.balance(b)).isEqualTo(120);
    assertThat(f.balance(c)).isZero();
    assertThat(f.activities.find(id).orElseThrow().attendanceOf(c).orElseThrow().state())
        .isEqualTo(AttendanceState.CHECKED_OUT);
    assertThatThrownBy(() -> f.desk.checkInAll(a, id, List.of(a)))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_NOT_AUTHORIZED));
  }

  @Test
  void a_confirmation_retried_after_a_failure_between_record_and_mark_credits_once() {
    PartyId wang = f.volunteer("wang");
    f.activity("act-1", 2);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    f.advance(Duration.ofHours(1));
    f.desk.checkIn(wang, id, wang);
    f.advance(Duration.ofHours(1));
    f.desk.checkOut(wang, id, wang);
    // the record was made and verified, then the process stopped before the activity was stored
    Activity a = f.activities.find(id).orElseThrow();
    ServiceRecord first = f.base.bank.services().recordAndVerify(COORDINATOR, a.draftFor(wang));
    ServiceRecord again = f.desk.confirm(COORDINATOR, id, wang);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(f.balance(wang)).isEqualTo(60);
  }

  @Test
  void findings_are_reported_only_by_volunteers_checked_in_on_a_patrol() {
    PartyId wang = f.volunteer("wang");
    PartyId li = f.volunteer("li");
    Instant start = f.now().plus(Duration.ofMinutes(5));
    ActivityId shift = ActivityId.of("patrol-1");
    f.desk.publishWithCrew(
        COORDINATOR,
        shift,
        ActivityKind.PATROL,
        "Evening patrol",
        "Grid 3",
        start,
        start.plus(Duration.ofHours(2)),
        "patrol",
        ORG,
        null,
        new java.util.LinkedHashMap<>(
            java.util.Map.of(
                wang, VolunteeringFixture.account(wang), li, VolunteeringFixture.account(li))));
    f.advance(Duration.ofMinutes(10));
    f.desk.checkIn(wang, shift, wang);
    Supplier<PatrolFinding> report =
        () ->
            f.desk.reportFinding(
                li, shift, "Building 7", "safety", "A fire door is blocked by bicycles.");
    assertThatThrownBy(report::get)
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_FINDING_NOT_ON_SHIFT));
    PatrolFinding found =
        f.desk.reportFinding(
            wang, shift, "Building 7", "safety", "A fire door is blocked by bicycles.");
    assertThat(f.findings.ofShift(shift)).containsExactly(found);
    assertThat(found.toString()).doesNotContain("bicycles");
    assertThatThrownBy(
            () -> f.desk.reportFinding(wang, shift, "Building 7", "safety", "x".repeat(2001)))
        .isInstanceOf(SansheException.class);
    f.activity("act-1", 2);
    assertThatThrownBy(() -> f.desk.reportFinding(wang, id, "Building 7", "safety", "door"))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_FINDING_NOT_PATROL));
    assertThat(f.findings.ofShift(shift)).hasSize(1);
  }

  @Test
  void bad_activities_are_refused_with_their_codes() {
    Instant s = f.now();
    assertThatThrownBy(
            () ->
                Activity.publish(
                    id, ActivityKind.ACTIVITY, "t", "", s, s, 1, "c", ORG, null, ORG, s))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ACTIVITY_PERIOD_INVALID));
    assertThatThrownBy(
            () ->
                Activity.publish(
                    id,
                    ActivityKind.ACTIVITY,
                    "t",
                    "",
                    s,
                    s.plus(Duration.ofHours(25)),
                    1,
                    "c",
                    ORG,
                    null,
                    ORG,
                    s))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ACTIVITY_PERIOD_INVALID));
    for (int capacity : new int[] {0, -1, Activity.MAX_CAPACITY + 1}) {
      assertThatThrownBy(
              () ->
                  Activity.publish(
                      id,
                      ActivityKind.ACTIVITY,
                      "t",
                      "",
                      s,
                      s.plusSeconds(60),
                      capacity,
                      "c",
                      ORG,
                      null,
                      ORG,
                      s))
          .isInstanceOfSatisfying(
              TimeBankException.class,
              e ->
                  assertThat(e.error())
                      .isEqualTo(TimeBankError.TIMEBANK_ACTIVITY_CAPACITY_INVALID));
    }
    assertThatThrownBy(
            () ->
                f.desk.publish(
                    PartyId.of("nobody"),
                    id,
                    ActivityKind.ACTIVITY,
                    "t",
                    "",
                    s,
                    s.plusSeconds(60),
                    1,
                    "c",
                    ORG,
                    null))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_NOT_AUTHORIZED));
    assertThat(f.activities.find(id)).isEmpty();
  }

  @Test
  void a_snapshot_round_trips_and_a_broken_one_is_refused() {
    PartyId wang = f.volunteer("wang");
    f.activity("act-1", 1);
    f.desk.signUp(wang, id, wang, VolunteeringFixture.account(wang));
    ActivitySnapshot s = f.activities.find(id).orElseThrow().snapshot();
    assertThat(Activity.restore(s).snapshot()).isEqualTo(s);
    ActivitySnapshot over =
        new ActivitySnapshot(
            s.id(),
            s.version(),
            s.kind(),
            s.title(),
            s.place(),
            s.start(),
            s.end(),
            1,
            s.category(),
            s.organization(),
            s.team(),
            s.publishedBy(),
            s.publishedAt(),
            s.cancelledAt(),
            List.of(
                s.attendance().get(0),
                new Attendance(
                    PartyId.of("vol-x"),
                    VolunteeringFixture.account(PartyId.of("vol-x")),
                    AttendanceState.SIGNED_UP,
                    s.start(),
                    null,
                    null,
                    null,
                    org.sanshe.timebank.credit.TimeCredit.ZERO)));
    assertThatThrownBy(() -> Activity.restore(over))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_ACTIVITY_FULL));
    assertThatThrownBy(
            () ->
                new Attendance(
                    wang,
                    VolunteeringFixture.account(wang),
                    AttendanceState.CHECKED_IN,
                    s.start(),
                    null,
                    null,
                    null,
                    org.sanshe.timebank.credit.TimeCredit.ZERO))
        .isInstanceOfSatisfying(
            TimeBankException.class,
            e -> assertThat(e.error()).isEqualTo(TimeBankError.TIMEBANK_POLICY_INVALID));
  }
}
