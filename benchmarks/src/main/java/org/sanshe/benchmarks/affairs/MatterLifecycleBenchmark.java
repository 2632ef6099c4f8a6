package org.sanshe.benchmarks.affairs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.intake.Channel;
import org.sanshe.deliberation.affairs.ActorId;
import org.sanshe.deliberation.affairs.Handler;
import org.sanshe.deliberation.affairs.Matter;
import org.sanshe.deliberation.affairs.MatterId;
import org.sanshe.deliberation.affairs.MatterQuery;
import org.sanshe.deliberation.affairs.MatterReport;
import org.sanshe.deliberation.affairs.Place;
import org.sanshe.deliberation.affairs.ReportPeriod;
import org.sanshe.deliberation.affairs.ResolutionPath;
import org.sanshe.deliberation.affairs.SettlementReport;
import org.sanshe.deliberation.affairs.TriageTargets;
import org.sanshe.deliberation.affairs.Urgency;
import org.sanshe.deliberation.memory.InMemoryMatters;

/**
 * The matter lifecycle over 1,000,000 matters in memory (issue 17: the 622 settlement report of a
 * street and year in at most 10 ms; a coordinator's inbox page in at most 1 ms). 10 streets of 20
 * communities; every matter recorded in 2026 (Beijing time), triaged (50/20/30% deliberation,
 * service, referral), dispatched to its community (deliberation), one of 50 social organizations
 * (service) or one of 6 departments (referral); 80% started and resolved (settled by the triaged
 * path with 85% probability, otherwise by another), the other 20% still in the handlers' inboxes.
 * Built through the {@link Matter} commands and stored with {@link InMemoryMatters#add}, with a
 * fixed seed. Reports share the store's incremental counts; an inbox page restores its 20 matters
 * from their snapshots.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
public class MatterLifecycleBenchmark {

  static final int MATTERS = 1_000_000;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ActorId WORKER = ActorId.of("social-worker-1");

  private final ReportPeriod year = ReportPeriod.year(2026);
  private final TriageTargets targets = TriageTargets.preset622();
  private final DivisionCode street = DivisionCode.parse("320114003");
  private final DivisionCode district = DivisionCode.parse("320114");
  private final Handler community = Handler.community(DivisionCode.parse("320114003007"));
  private final Handler department = Handler.department("urban-management");
  private final MatterQuery communityInbox = MatterQuery.inbox(community);
  private final MatterQuery departmentInbox = MatterQuery.inbox(department);
  private InMemoryMatters matters;
  private MatterId middle;

  /** Builds the million matters with a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(17);
    Instant start = ReportPeriod.year(2026).first().atStartOfDay(ZONE).toInstant();
    MatterReport[] reports = new MatterReport[200];
    Handler[] communities = new Handler[200];
    for (int s = 0; s < 10; s++) {
      for (int c = 0; c < 20; c++) {
        DivisionCode code = DivisionCode.parse(String.format("320114%03d%03d", s + 1, c + 1));
        communities[s * 20 + c] = Handler.community(code);
        reports[s * 20 + c] =
            MatterReport.builder()
                .channel(Channel.GRID)
                .category("environment")
                .place(Place.of(code))
                .urgency(Urgency.ROUTINE)
                .summary("巡查发现的问题")
                .reportedAt(start)
                .build();
      }
    }
    Handler[] organizations = new Handler[50];
    for (int i = 0; i < 50; i++) {
      organizations[i] =
          Handler.organization(org.sanshe.core.registry.organization.OrganizationId.of("org-" + i));
    }
    Handler[] departments = {
      Handler.department("enforcement"),
      department,
      Handler.department("public-security"),
      Handler.department("civil-affairs"),
      Handler.department("housing"),
      Handler.department("emergency")
    };
    ResolutionPath[] paths = ResolutionPath.values();
    matters = new InMemoryMatters();
    for (int i = 0; i < MATTERS; i++) {
      int c = random.nextInt(200);
      Instant at = start.plusSeconds(random.nextLong(360L * 86_400));
      Matter m = Matter.record(MatterId.of(String.format("m-%07d", i)), reports[c], WORKER, at);
      int p = random.nextInt(10);
      ResolutionPath path = p < 5 ? paths[0] : p < 7 ? paths[1] : paths[2];
      m.triage(WORKER, path, "分流", at);
      Handler h =
          switch (path) {
            case COMMUNITY_DELIBERATION -> communities[c];
            case SOCIAL_ORGANIZATION_SERVICE -> organizations[random.nextInt(50)];
            case REFERRAL -> departments[random.nextInt(departments.length)];
          };
      m.dispatch(WORKER, h, at.plus(Duration.ofDays(15)), at);
      if (random.nextInt(10) < 8) {
        Instant done = at.plusSeconds(random.nextLong(5L * 86_400));
        m.start(WORKER, done);
        ResolutionPath how = random.nextInt(100) < 85 ? path : paths[random.nextInt(3)];
        m.resolve(WORKER, how, "已办结", done);
      }
      matters.add(m);
    }
    List<Matter> page = matters.query(communityInbox, null, 1000);
    middle = page.get(page.size() / 2).id();
    System.out.println(
        "# inbox of "
            + community
            + ": "
            + page.size()
            + " open matters; settled in street "
            + street
            + " in 2026: "
            + matters.settlementReport(street, year, ZONE, targets).total());
  }

  /**
   * The 622 settlement report of one street over the year.
   *
   * @return the report
   */
  @Benchmark
  public SettlementReport settlementStreetYear() {
    return matters.settlementReport(street, year, ZONE, targets);
  }

  /**
   * The 622 settlement report of the district (every matter) over the year.
   *
   * @return the report
   */
  @Benchmark
  public SettlementReport settlementDistrictYear() {
    return matters.settlementReport(district, year, ZONE, targets);
  }

  /**
   * The first page (20) of a community's inbox.
   *
   * @return the page
   */
  @Benchmark
  public List<Matter> communityInboxFirstPage() {
    return matters.query(communityInbox, null, 20);
  }

  /**
   * A page (20) from the middle of a community's inbox.
   *
   * @return the page
   */
  @Benchmark
  public List<Matter> communityInboxMiddlePage() {
    return matters.query(communityInbox, middle, 20);
  }

  /**
   * The first page (20) of a department's inbox (about 10,000 open matters).
   *
   * @return the page
   */
  @Benchmark
  public List<Matter> departmentInboxFirstPage() {
    return matters.query(departmentInbox, null, 20);
  }
}
