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
import org.sanshe.core.registry.access.ReportInterval;
import org.sanshe.core.registry.access.TaskCode;
import org.sanshe.core.registry.access.TaskRequest;
import org.sanshe.core.registry.memory.InMemoryAccessDecisions;
import org.sanshe.core.registry.party.JointBranch;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.core.registry.party.PartyRegister;
import org.sanshe.timebank.account.PartyId;
import org.sanshe.timebank.team.CoverageReport;
import org.sanshe.timebank.team.CoverageTargets;
import org.sanshe.timebank.team.TeamId;
import org.sanshe.timebank.team.VolunteerTeam;

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
  private InMemoryAccessDecisions stored;
  private List<VolunteerTeam> teams;
  private List<VolunteerTeam> teamsOfCommunity;
  private DivisionCode teamCommunity;

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
    stored = new InMemoryAccessDecisions(RegistryData.CLOCK);
    for (AccessDecision d : decisions) {
      stored.record(d, "bench");
    }
    // Teams: 1,000,000 teams of 5 members over 10,000 communities (100 streets x 100), 100 each.
    teams = new ArrayList<>(SIZE);
    teamsOfCommunity = new ArrayList<>();
    teamCommunity = RegistryData.community(7, 3);
    PartyId by = PartyId.of("bench");
    java.time.Instant at = RegistryData.CLOCK.instant();
    DivisionCode[] teamCommunities = new DivisionCode[10_000];
    for (int c = 0; c < teamCommunities.length; c++) {
      teamCommunities[c] = RegistryData.community(c % 100, c / 100 % 100);
    }
    for (int n = 0; n < SIZE; n++) {
      DivisionCode c = teamCommunities[n % teamCommunities.length];
      VolunteerTeam t =
          VolunteerTeam.form(TeamId.of("T-" + n), "志愿服务队", c, null, PartyId.of("L-" + n), by, at);
      for (int m = 1; m < 5; m++) {
        t.join(PartyId.of("M-" + (n * 7 + m) % 400_000), by, at);
      }
      teams.add(t);
      if (c.equals(teamCommunity)) {
        teamsOfCommunity.add(t);
      }
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
   * One community's burden report (120 months) from the store's day counters, 1,000,000 decisions
   * recorded.
   *
   * @return the report
   */
  @Benchmark
  public BurdenReport accessBurdenReportFromCounters() {
    return stored.report(community, DAY, DAY.plusYears(10), ReportInterval.MONTH);
  }

  /**
   * Issue 17's teams coverage of one community as it is: {@code CoverageReport.of} handed all
   * 1,000,000 teams (it skips other communities' teams), no rotas.
   *
   * @return the report
   */
  @Benchmark
  public CoverageReport teamsCoverageOverAllTeams() {
    return CoverageReport.of(teamCommunity, CoverageTargets.xincheng(), teams, id -> List.of());
  }

  /**
   * Issue 17's teams coverage of one community handed only that community's 100 teams (as {@code
   * VolunteerTeams.ofCommunity} pages them).
   *
   * @return the report
   */
  @Benchmark
  public CoverageReport teamsCoverageOfCommunityTeams() {
    return CoverageReport.of(
        teamCommunity, CoverageTargets.xincheng(), teamsOfCommunity, id -> List.of());
  }

  /**
   * One community's burden report (120 months) from 1,000,000 decisions.
   *
   * @return the report
   */
  @Benchmark
  public BurdenReport accessBurdenReport() {
    return BurdenReport.of(community, decisions, DAY, DAY.plusYears(10), ReportInterval.MONTH);
  }
}
