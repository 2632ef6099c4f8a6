package org.sanshe.benchmarks.timebank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.kernel.IdSource;
import org.sanshe.timebank.TimeBank;
import org.sanshe.timebank.TimeBankConfiguration;
import org.sanshe.timebank.account.AccountId;
import org.sanshe.timebank.account.AccountKind;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.activity.ActivityId;
import org.sanshe.timebank.activity.ActivityKind;
import org.sanshe.timebank.activity.AttendanceDesk;
import org.sanshe.timebank.activity.BatchOutcome;
import org.sanshe.timebank.commitment.ServiceCommitment;
import org.sanshe.timebank.ledger.Ledger;
import org.sanshe.timebank.memory.MemoryActivities;
import org.sanshe.timebank.memory.MemoryLedgerStore;
import org.sanshe.timebank.memory.MemoryPatrolFindings;
import org.sanshe.timebank.memory.MemoryRoles;

/**
 * Issue 17's target: checking in 10,000 volunteers for one activity and crediting their hours in at
 * most 200 ms, over a time bank of 100,000 volunteers in memory. One invocation is the
 * coordinator's whole path through the {@link AttendanceDesk}: {@code checkInAll} of 10,000, {@code
 * checkOutAll} of 10,000, then {@code confirmAll} (10,000 service records recorded under the
 * recording rules, verified, and credited in the ledger, then the attendance stored as confirmed).
 * Each invocation uses a fresh activity (published and signed up in the untimed setup) and the next
 * slice of 10,000 volunteers, a day later, so the daily maximum and the overlap rule see the
 * records of earlier invocations as they would in production. The checks after every invocation
 * fail the run if a volunteer was refused.
 *
 * <p>Everything an invocation records stays, as it would in a time bank: after the 30 invocations
 * of a run the stores hold 300,000 service records, 300,000 journal entries and 30 activities of
 * 10,000 attendances besides the 100,000 accounts. So each invocation pays for what it keeps (the
 * young collections copy it once or twice before it settles in the old generation), which is the
 * cost the target is about.
 *
 * <p>Besides JMH's wall time, the run prints per invocation (outside the timed region, at the end
 * of the trial, for the measured invocations only) the CPU time of the benchmark thread, the CPU
 * time of the whole process (garbage collector and compiler threads included) and the collections'
 * pauses: figures the machine's other load disturbs less than wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
public class CheckInBenchmark {

  private static final int VOLUNTEERS = 100_000;
  private static final int CHECK_INS = 10_000;
  private static final PartyId OPERATOR = PartyId.of("operator");
  private static final PartyId ORG = PartyId.of("org-xincheng");
  private static final PartyId COORDINATOR = PartyId.of("coord-1");

  /** A clock the benchmark moves by hand. */
  static final class HandClock extends Clock {
    private volatile Instant now;

    HandClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private HandClock clock;
  private AttendanceDesk desk;
  private MemoryActivities activities;
  private final List<PartyId> volunteers = new ArrayList<>(VOLUNTEERS);
  private List<PartyId> slice;
  private ActivityId current;
  private int invocation;
  private final CpuMeter meter = new CpuMeter();

  /** Builds the bank with 100,000 volunteers and their accounts. */
  @Setup(Level.Trial)
  public void setUp() {
    clock = new HandClock(Instant.parse("2026-03-01T00:00:00Z"));
    MemoryRoles roles = new MemoryRoles().operator(OPERATOR).coordinator(COORDINATOR, ORG);
    TimeBank bank =
        TimeBank.builder(
                Ledger.builder(clock, new MemoryLedgerStore()).expectedTransfers(4_000_000).build(),
                TimeBankConfiguration.nanjing())
            .operator(OPERATOR)
            .roles(roles)
            .kinship((a, b) -> java.util.Optional.empty())
            .ages((p, d) -> OptionalInt.of(30))
            .ids(IdSource.sequential("rec"))
            .build();
    for (int i = 0; i < VOLUNTEERS; i++) {
      PartyId v = PartyId.of("vol-" + i);
      bank.openAccount(OPERATOR, AccountId.of("acct-" + i), AccountKind.INDIVIDUAL, v);
      volunteers.add(v);
    }
    activities = new MemoryActivities();
    desk =
        AttendanceDesk.builder()
            .activities(activities)
            .services(bank.services())
            .roles(roles)
            .ages((p, d) -> OptionalInt.of(30))
            .commitment(ServiceCommitment.registeredVolunteers())
            .findings(new MemoryPatrolFindings())
            .clock(bank.ledger().clock())
            .zone(bank.configuration().zone())
            .build();
  }

  /** Publishes the next activity and signs up the next slice of 10,000 (not timed). */
  @Setup(Level.Invocation)
  public void nextActivity() {
    int n = invocation++;
    int from = (n % (VOLUNTEERS / CHECK_INS)) * CHECK_INS;
    slice = volunteers.subList(from, from + CHECK_INS);
    clock.advance(Duration.ofDays(1));
    current = ActivityId.of("act-" + n);
    Instant start = clock.instant().plus(Duration.ofMinutes(10));
    var crew = new java.util.LinkedHashMap<PartyId, AccountId>();
    for (PartyId v : slice) {
      crew.put(v, AccountId.of("acct-" + v.value().substring(4)));
    }
    desk.publishWithCrew(
        COORDINATOR,
        current,
        ActivityKind.ACTIVITY,
        "Riverside clean-up",
        "Riverside park",
        start,
        start.plus(Duration.ofHours(2)),
        "environment",
        ORG,
        null,
        crew);
    clock.advance(Duration.ofMinutes(10));
    meter.start();
  }

  /** Reads the CPU and collector counters after each invocation (not timed). */
  @TearDown(Level.Invocation)
  public void afterInvocation() {
    meter.stop();
  }

  /** Prints CPU time and collector pauses per measured invocation. */
  @TearDown(Level.Trial)
  public void report() {
    System.out.println();
    System.out.println(meter.summary(20));
  }

  /**
   * Checks 10,000 in, and after two hours out, and confirms them all into credited hours.
   *
   * @return the confirmation outcome
   */
  @Benchmark
  public BatchOutcome checkInAndCredit() {
    BatchOutcome in = desk.checkInAll(COORDINATOR, current, slice);
    clock.advance(Duration.ofHours(2));
    BatchOutcome out = desk.checkOutAll(COORDINATOR, current, slice);
    BatchOutcome confirmed = desk.confirmAll(COORDINATOR, current);
    if (in.done().size() != CHECK_INS
        || out.done().size() != CHECK_INS
        || confirmed.done().size() != CHECK_INS) {
      throw new IllegalStateException("a volunteer was refused: " + confirmed.refused());
    }
    return confirmed;
  }
}
