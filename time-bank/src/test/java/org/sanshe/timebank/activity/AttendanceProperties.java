package org.sanshe.timebank.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanshe.timebank.TimeBankFixture.COORDINATOR;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanshe.timebank.VolunteeringFixture;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.error.TimeBankError;
import org.sanshe.timebank.error.TimeBankException;

/**
 * Properties of attendance: the hours credited equal the confirmed attendance minutes clipped to
 * the activity's window, never more; concurrent sign-ups never exceed the capacity. Seeds are
 * printed; pin one with {@code -Dsanshe.seed=...}.
 */
class AttendanceProperties {

  private static long seed() {
    String pinned = System.getProperty("sanshe.seed");
    long seed = pinned == null || pinned.isBlank() ? System.nanoTime() : Long.parseLong(pinned);
    System.out.println("AttendanceProperties seed " + seed);
    return seed;
  }

  @Test
  void hours_credited_equal_the_clipped_attendance_and_never_exceed_the_time_present() {
    SplittableRandom random = new SplittableRandom(seed());
    for (int round = 0; round < 40; round++) {
      VolunteeringFixture f = new VolunteeringFixture();
      int length = 30 + random.nextInt(240); // minutes
      Instant start = f.now().plus(Duration.ofHours(8));
      ActivityId id = ActivityId.of("act-" + round);
      f.desk.publish(
          COORDINATOR,
          id,
          ActivityKind.ACTIVITY,
          "Round " + round,
          "Hall",
          start,
          start.plus(Duration.ofMinutes(length)),
          50,
          "environment",
          org.sanshe.timebank.TimeBankFixture.ORG,
          null);
      int n = 1 + random.nextInt(12);
      List<PartyId> volunteers = new ArrayList<>();
      List<int[]> times = new ArrayList<>(); // check-in, check-out in minutes from the start
      for (int i = 0; i < n; i++) {
        PartyId v = f.volunteer("r" + round + "v" + i);
        volunteers.add(v);
        f.desk.signUp(v, id, v, VolunteeringFixture.account(v));
        int in = -60 + random.nextInt(length + 59); // from an hour early to just before the end
        int out = in + random.nextInt(length + 120);
        times.add(new int[] {in, out});
      }
      // replay check-ins and check-outs in time order on the clock
      List<int[]> moves = new ArrayList<>(); // minute, volunteer, 0 in / 1 out
      for (int i = 0; i < n; i++) {
        moves.add(new int[] {times.get(i)[0], i, 0});
        moves.add(new int[] {times.get(i)[1], i, 1});
      }
      moves.sort(
          (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
      Instant base = start;
      for (int[] m : moves) {
        Instant at = base.plus(Duration.ofMinutes(m[0]));
        if (at.isAfter(f.now())) {
          f.advance(Duration.between(f.now(), at));
        }
        PartyId v = volunteers.get(m[1]);
        if (m[2] == 0) {
          f.desk.checkIn(v, id, v);
        } else {
          f.desk.checkOut(v, id, v);
        }
      }
      f.advance(Duration.ofHours(6));
      BatchOutcome outcome = f.desk.confirmAll(COORDINATOR, id);
      long present = 0;
      long credited = 0;
      for (int i = 0; i < n; i++) {
        int in = Math.max(times.get(i)[0], 0);
        int out = Math.min(times.get(i)[1], length);
        long expected = Math.max(0, out - in);
        PartyId v = volunteers.get(i);
        assertThat(f.balance(v)).as("volunteer %s in round %s", i, round).isEqualTo(expected);
        if (expected == 0) {
          assertThat(outcome.refused())
              .contains(
                  new BatchOutcome.Refusal(v, TimeBankError.TIMEBANK_ATTENDANCE_OUTSIDE_WINDOW));
        }
        present += times.get(i)[1] - times.get(i)[0];
        credited += f.balance(v);
      }
      assertThat(credited).isLessThanOrEqualTo(present);
    }
  }

  @Test
  void concurrent_sign_ups_never_exceed_the_capacity() throws Exception {
    SplittableRandom random = new SplittableRandom(seed());
    for (int round = 0; round < 5; round++) {
      VolunteeringFixture f = new VolunteeringFixture();
      int capacity = 1 + random.nextInt(20);
      int volunteers = capacity + 1 + random.nextInt(30);
      f.activity("act-1", capacity);
      ActivityId id = ActivityId.of("act-1");
      List<PartyId> all = new ArrayList<>();
      for (int i = 0; i < volunteers; i++) {
        all.add(f.volunteer("c" + i));
      }
      AtomicInteger accepted = new AtomicInteger();
      ConcurrentHashMap<TimeBankError, Integer> refused = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      for (PartyId v : all) {
        pool.submit(
            () -> {
              go.await();
              try {
                f.desk.signUp(v, id, v, VolunteeringFixture.account(v));
                accepted.incrementAndGet();
              } catch (TimeBankException e) {
                refused.merge(e.error(), 1, Integer::sum);
              }
              return null;
            });
      }
      go.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      Activity a = f.activities.find(id).orElseThrow();
      assertThat(a.attendance()).hasSize(capacity);
      assertThat(accepted.get()).isEqualTo(capacity);
      assertThat(refused).containsOnlyKeys(TimeBankError.TIMEBANK_ACTIVITY_FULL);
      assertThat(refused.get(TimeBankError.TIMEBANK_ACTIVITY_FULL))
          .isEqualTo(volunteers - capacity);
    }
  }
}
