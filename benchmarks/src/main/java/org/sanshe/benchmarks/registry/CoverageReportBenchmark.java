package org.sanshe.benchmarks.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.money.Money;
import org.sanshe.core.registry.access.AccessDecision;
import org.sanshe.core.registry.access.AccessEntry;
import org.sanshe.core.registry.access.BurdenReport;
import org.sanshe.core.registry.access.RefusalReason;
import org.sanshe.core.registry.access.ReportPeriod;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.core.registry.party.JointBranch;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.core.registry.party.PartyRegister;

/**
 * Issue 19 target: coverage reports over 1,000,000 organizations in at most 50 ms. Party
 * organization coverage of a district (and of each of its 100 streets) from the register's
 * incremental counters and by query (a scan of all affiliations); the access-list burden report of
 * one community (10 years by month) from 1,000,000 recorded decisions over 100 communities. Data:
 * {@link RegistryData}'s 10 districts of 100 streets, organization n in street n % 1000, kinds
 * drawn from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class CoverageReportBenchmark {

  private static final int SIZE = Integer.getInteger("sanshe.bench.organizations", 1_000_000);
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private PartyRegister register;
  private List<PartyAffiliation> affiliations;
  private List<AccessDecision> decisions;
  private DivisionCode district;
  private DivisionCode community;

  /** Builds the register and the decisions. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(19);
    register = new PartyRegister(java.time.Clock.systemUTC());
    PartyRecordId[] branches = new PartyRecordId[RegistryData.STREETS];
    for (int s = 0; s < RegistryData.STREETS; s++) {
      branches[s] = PartyRecordId.of("JB-" + s);
      register.formJointBranch(
          new JointBranch(branches[s], "联合党支部", RegistryData.street(s), DAY), "bench");
    }
    DivisionCode[] streets = new DivisionCode[RegistryData.STREETS];
    for (int s = 0; s < streets.length; s++) {
      streets[s] = RegistryData.street(s);
    }
    for (int n = 0; n < SIZE; n++) {
      int s = n % RegistryData.STREETS;
      PartyOrganizationKind k = PartyOrganizationKind.values()[rnd.nextInt(4)];
      register.record(
          k == PartyOrganizationKind.JOINT_BRANCH
              ? PartyAffiliation.joint(RegistryData.id(n), streets[s], branches[s], DAY)
              : PartyAffiliation.of(RegistryData.id(n), streets[s], k, DAY),
          0,
          "bench");
    }
    affiliations = new ArrayList<>(register.affiliations());
    district = DivisionCode.parse(RegistryData.district(3));
    community = RegistryData.community(7, 3);
    AccessEntry entry = new AccessEntry(TaskCode.of("T-1"), "走访", "区民政局", "依据", Money.ofYuan(1000));
    decisions = new ArrayList<>(SIZE);
    DivisionCode[] communities = new DivisionCode[100];
    for (int c = 0; c < communities.length; c++) {
      communities[c] = RegistryData.community(c, c % 10);
    }
    communities[0] = community;
    for (int n = 0; n < SIZE; n++) {
      TaskRequest r =
          new TaskRequest(
              entry.task(),
              "区民政局",
              communities[n % communities.length],
              DAY.plusDays(rnd.nextInt(3650)),
              null);
      decisions.add(
          rnd.nextInt(5) == 0
              ? new AccessDecision.Refused(r, RefusalReason.UNLISTED)
              : new AccessDecision.Listed(r, entry));
    }
  }

  /**
   * A district's Party coverage from the counters.
   *
   * @return the report
   */
  @Benchmark
  public PartyCoverage partyCoverageOfDistrict() {
    return register.coverage(district);
  }

  /**
   * The coverage of each of a district's 100 streets from the counters.
   *
   * @return the reports
   */
  @Benchmark
  public List<PartyCoverage> partyCoverageByStreet() {
    return register.coverageByStreet(district);
  }

  /**
   * A district's Party coverage by query: a scan of 1,000,000 affiliations.
   *
   * @return the report
   */
  @Benchmark
  public PartyCoverage partyCoverageByQuery() {
    return PartyCoverage.of(district, affiliations);
  }

  /**
   * One community's burden report (120 months) from 1,000,000 decisions.
   *
   * @return the report
   */
  @Benchmark
  public BurdenReport accessBurdenReport() {
    return BurdenReport.of(community, decisions, DAY, DAY.plusYears(10), ReportPeriod.MONTH);
  }
}
