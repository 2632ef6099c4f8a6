package org.sanshe.timebank;

import java.time.Duration;
import java.time.Instant;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.Activity;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.AttendanceDesk;
import org.sanshe.timebank.commitment.ServiceCommitment;
import org.sanshe.timebank.memory.MemoryActivities;
import org.sanshe.timebank.memory.MemoryPatrolFindings;

/** A time bank with an activity store and an attendance desk, for the volunteering tests. */
public final class VolunteeringFixture {

  public final TimeBankFixture base = new TimeBankFixture();
  public final MemoryActivities activities = new MemoryActivities();
  public final MemoryPatrolFindings findings = new MemoryPatrolFindings();
  public final AttendanceDesk desk =
      AttendanceDesk.builder()
          .activities(activities)
          .services(base.bank.services())
          .roles(base.roles)
          .ages(
              (p, on) ->
                  base.ages.containsKey(p)
                      ? java.util.OptionalInt.of(base.ages.get(p))
                      : java.util.OptionalInt.empty())
          .commitment(ServiceCommitment.registeredVolunteers())
          .findings(findings)
          .clock(base.bank.ledger().clock())
          .zone(base.bank.configuration().zone())
          .build();

  /** Opens an adult volunteer's account and returns the volunteer. */
  public PartyId volunteer(String name) {
    PartyId v = PartyId.of("vol-" + name);
    base.ages.put(v, 30);
    base.bank.openAccount(TimeBankFixture.OPERATOR, account(v), AccountKind.INDIVIDUAL, v);
    return v;
  }

  public static AccountId account(PartyId volunteer) {
    return AccountId.of("acct-" + volunteer.value());
  }

  public Instant now() {
    return base.clock.instant();
  }

  public void advance(Duration d) {
    base.clock.advance(d);
  }

  /**
   * Publishes an activity of the fixture's organization starting in an hour and lasting 2 hours.
   */
  public Activity activity(String id, int capacity) {
    Instant start = now().plus(Duration.ofHours(1));
    return desk.publish(
        TimeBankFixture.COORDINATOR,
        ActivityId.of(id),
        ActivityKind.ACTIVITY,
        "Riverside clean-up",
        "Riverside park, east gate",
        start,
        start.plus(Duration.ofHours(2)),
        capacity,
        "environment",
        TimeBankFixture.ORG,
        null);
  }

  public long balance(PartyId volunteer) {
    return base.bank.ledger().account(account(volunteer)).balance().toMinutes();
  }
}
