package org.sanshe.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.sanshe.core.error.SansheException;
import org.sanshe.core.event.OutboxEntry;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.HashedIdentity;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.organization.OrganizationId;
import org.sanshe.core.registry.party.DualReport;
import org.sanshe.core.registry.party.JointBranch;
import org.sanshe.core.registry.party.PartyAffiliation;
import org.sanshe.core.registry.party.PartyCoverage;
import org.sanshe.core.registry.party.PartyOrganizationKind;
import org.sanshe.core.registry.party.PartyRecordId;
import org.sanshe.core.registry.party.PartyRecords;
import org.sanshe.core.registry.party.RecordedAffiliation;
import org.sanshe.core.registry.party.ServiceStation;
import org.sanshe.testkit.MutableClock;
import org.sanshe.testkit.fixture.DistrictFixture;

/**
 * The contract of the {@link PartyRecords} port. Extend it with a fresh, empty store per test over
 * the given clock, a way to reopen a store over the same data, and a store writing to an outbox;
 * every test here must pass.
 *
 * <p>What it holds a store to: branches, Party records (with version, actor and time), members,
 * dual reports, stations and the coverage counters read back equal after a reopen; coverage equals
 * coverage by query ({@link PartyCoverage#of}) after any sequence of records, refused ones included
 * (seeded, the seed in the failure message); every refusal has its code and changes nothing; two
 * store instances writing the same organization's record from the same version store exactly one,
 * and writers on many organizations of one street leave exact counters; a command writes its event
 * and a refused one writes none.
 *
 * <p>Not thread-safe; JUnit creates one instance per test.
 */
public abstract class PartyRecordsContract {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
  private static final DivisionCode DISTRICT = DistrictFixture.DISTRICT;
  private static final DivisionCode STREET = DistrictFixture.STREET;
  private static final DivisionCode OTHER_STREET = DistrictFixture.OTHER_STREET;
  private static final PartyRecordId BRANCH = PartyRecordId.of("JB-1");

  /** The clock the stores stamp events with. */
  protected final MutableClock clock = DistrictFixture.clock();

  /** Creates the contract. */
  protected PartyRecordsContract() {}

  /**
   * Returns a new, empty store for one test, stamping events with {@link #clock}.
   *
   * @return the store
   */
  protected abstract PartyRecords newStore();

  /**
   * Returns another instance over the same stored data, as a restarted process (or a second server)
   * would open it.
   *
   * @param store a store from {@link #newStore()}
   * @return the other instance (the same instance for a store that lives only in memory)
   */
  protected abstract PartyRecords reopen(PartyRecords store);

  /**
   * Returns a new, empty store writing its events to an outbox, with that outbox.
   *
   * @return the store and its outbox
   */
  protected abstract WithOutbox<PartyRecords> newStoreWithOutbox();

  private static OrganizationId org(String id) {
    return OrganizationId.of(id);
  }

  private static RecordedAffiliation put(PartyRecords store, PartyAffiliation a) {
    long v = store.affiliation(a.organization()).map(RecordedAffiliation::version).orElse(0L);
    return store.record(a, v, "clerk-1");
  }

  private static void assertCode(Runnable command, RegistryError code) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            SansheException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  private PartyRecords withBranch() {
    PartyRecords store = newStore();
    store.formJointBranch(new JointBranch(BRANCH, "宁海路街道社会组织联合党支部", STREET, DAY), "clerk-1");
    return store;
  }

  @Test
  void every_record_and_the_coverage_read_back_equal_after_a_reopen() {
    PartyRecords store = withBranch();
    RecordedAffiliation a =
        put(store, PartyAffiliation.of(org("a"), STREET, PartyOrganizationKind.OWN_BRANCH, DAY));
    put(store, PartyAffiliation.joint(org("b"), STREET, BRANCH, DAY));
    put(store, PartyAffiliation.of(org("c"), OTHER_STREET, PartyOrganizationKind.NONE, DAY));
    clock.advance(java.time.Duration.ofSeconds(60));
    RecordedAffiliation c2 =
        store.record(
            PartyAffiliation.of(
                org("c"), OTHER_STREET, PartyOrganizationKind.INSTRUCTOR, DAY.plusDays(9)),
            1,
            "clerk-2");
    DualReport report =
        new DualReport(
            PartyRecordId.of("DR-1"),
            new HashedIdentity("ab".repeat(32)),
            org("a"),
            DistrictFixture.COMMUNITY,
            DualReport.Direction.MEMBER_TO_ORGANIZATION,
            DAY);
    store.recordDualReport(report, "clerk-1");
    ServiceStation station =
        new ServiceStation(
            PartyRecordId.of("ST-1"), "党员志愿服务站", DistrictFixture.COMMUNITY, org("b"), DAY);
    ServiceStation hostless =
        new ServiceStation(
            PartyRecordId.of("ST-2"), "社区党员服务站", DistrictFixture.FAR_COMMUNITY, null, DAY);
    store.openStation(station, "clerk-1");
    store.openStation(hostless, "clerk-1");

    PartyRecords read = reopen(store);
    assertThat(read.jointBranch(BRANCH)).contains(store.jointBranch(BRANCH).orElseThrow());
    assertThat(read.affiliation(org("a"))).contains(a);
    assertThat(read.affiliation(org("c"))).contains(c2);
    assertThat(c2.version()).isEqualTo(2);
    assertThat(c2.recordedBy()).isEqualTo("clerk-2");
    assertThat(c2.recordedAt()).isEqualTo(clock.instant());
    assertThat(read.affiliation(org("nobody"))).isEmpty();
    assertThat(read.members(BRANCH)).containsExactly(org("b"));
    assertThat(read.dualReports(org("a"))).containsExactly(report);
    assertThat(read.stations(DISTRICT)).containsExactly(station, hostless);
    assertThat(read.stations(STREET)).containsExactly(station);
    assertThat(read.stations(DistrictFixture.NEIGHBOUR_COMMUNITY)).isEmpty();
    assertThat(read.coverage(STREET)).isEqualTo(new PartyCoverage(STREET, 1, 1, 0, 0));
    assertThat(read.coverage(OTHER_STREET)).isEqualTo(new PartyCoverage(OTHER_STREET, 0, 0, 1, 0));
    assertThat(read.coverage(DISTRICT)).isEqualTo(new PartyCoverage(DISTRICT, 1, 1, 1, 0));
    assertThat(read.coverageByStreet(DISTRICT))
        .containsExactly(
            new PartyCoverage(STREET, 1, 1, 0, 0), new PartyCoverage(OTHER_STREET, 0, 0, 1, 0));
    assertThat(read.coverage(DivisionCode.parse("320107")))
        .isEqualTo(new PartyCoverage(DivisionCode.parse("320107"), 0, 0, 0, 0));
  }

  @Test
  void refusals_have_their_codes_and_change_nothing() {
    PartyRecords store = withBranch();
    RecordedAffiliation x =
        put(store, PartyAffiliation.of(org("x"), OTHER_STREET, PartyOrganizationKind.NONE, DAY));
    assertCode(
        () -> store.record(PartyAffiliation.joint(org("x"), OTHER_STREET, BRANCH, DAY), 1, "c"),
        RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET);
    assertCode(
        () ->
            store.record(
                PartyAffiliation.joint(org("x"), OTHER_STREET, PartyRecordId.of("JB-9"), DAY),
                1,
                "c"),
        RegistryError.PARTY_BRANCH_UNKNOWN);
    assertCode(
        () ->
            store.record(
                PartyAffiliation.of(org("x"), OTHER_STREET, PartyOrganizationKind.OWN_BRANCH, DAY),
                0,
                "c"),
        RegistryError.PARTY_VERSION_CONFLICT);
    assertCode(
        () ->
            store.record(
                PartyAffiliation.of(org("x"), OTHER_STREET, PartyOrganizationKind.OWN_BRANCH, DAY),
                2,
                "c"),
        RegistryError.PARTY_VERSION_CONFLICT);
    assertCode(
        () ->
            store.record(
                PartyAffiliation.of(org("x"), OTHER_STREET, PartyOrganizationKind.OWN_BRANCH, DAY),
                1,
                "two words"),
        RegistryError.ORGANIZATION_ID_INVALID);
    assertCode(
        () -> store.formJointBranch(new JointBranch(BRANCH, "again", OTHER_STREET, DAY), "c"),
        RegistryError.PARTY_RECORD_DUPLICATE);
    DualReport unknown =
        new DualReport(
            PartyRecordId.of("DR-1"),
            new HashedIdentity("cd".repeat(32)),
            org("nobody"),
            DistrictFixture.COMMUNITY,
            DualReport.Direction.ORGANIZATION_TO_COMMUNITY,
            DAY);
    assertCode(
        () -> store.recordDualReport(unknown, "c"), RegistryError.PARTY_ORGANIZATION_UNKNOWN);
    ServiceStation s =
        new ServiceStation(PartyRecordId.of("ST-1"), "服务站", DistrictFixture.COMMUNITY, null, DAY);
    store.openStation(s, "c");
    assertCode(() -> store.openStation(s, "c"), RegistryError.PARTY_RECORD_DUPLICATE);

    PartyRecords read = reopen(store);
    assertThat(read.affiliation(org("x"))).contains(x);
    assertThat(read.jointBranch(BRANCH).orElseThrow().street()).isEqualTo(STREET);
    assertThat(read.members(BRANCH)).isEmpty();
    assertThat(read.dualReports(org("nobody"))).isEmpty();
    assertThat(read.stations(DISTRICT)).containsExactly(s);
    assertThat(read.coverage(DISTRICT)).isEqualTo(new PartyCoverage(DISTRICT, 0, 0, 0, 1));
    assertCode(() -> read.members(PartyRecordId.of("JB-9")), RegistryError.PARTY_BRANCH_UNKNOWN);
    assertCode(
        () -> read.coverage(DistrictFixture.COMMUNITY), RegistryError.PARTY_DIVISION_NOT_STREET);
  }

  @Test
  void coverage_and_members_equal_a_query_over_the_records_after_any_sequence() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom rnd = new SplittableRandom(seed);
    PartyRecords store = newStore();
    DivisionCode[] streets = {STREET, OTHER_STREET, DivisionCode.parse("320107001")};
    for (DivisionCode s : streets) {
      store.formJointBranch(
          new JointBranch(PartyRecordId.of("JB-" + s), "联合党支部", s, DAY), "clerk-1");
    }
    Map<OrganizationId, PartyAffiliation> model = new HashMap<>();
    for (int i = 0; i < 120; i++) {
      OrganizationId o = org("o" + rnd.nextInt(30));
      DivisionCode s = streets[rnd.nextInt(streets.length)];
      PartyOrganizationKind k = PartyOrganizationKind.values()[rnd.nextInt(4)];
      PartyAffiliation a =
          k == PartyOrganizationKind.JOINT_BRANCH
              ? PartyAffiliation.joint(
                  o, s, PartyRecordId.of("JB-" + streets[rnd.nextInt(streets.length)]), DAY)
              : PartyAffiliation.of(o, s, k, DAY);
      long version = model.containsKey(o) ? store.affiliation(o).orElseThrow().version() : 0;
      boolean stale = rnd.nextInt(10) == 0;
      try {
        store.record(a, stale ? version + 1 : version, "clerk-1");
        assertThat(stale).as("seed %d: a stale write was stored", seed).isFalse();
        model.put(o, a);
      } catch (SansheException e) {
        assertThat(e.errorCode().code())
            .as("seed %d", seed)
            .isIn(
                RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET.code(),
                RegistryError.PARTY_VERSION_CONFLICT.code());
      }
    }
    PartyRecords read = reopen(store);
    List<PartyAffiliation> all = new ArrayList<>(model.values());
    for (DivisionCode d :
        List.of(streets[0], streets[1], streets[2], DISTRICT, DivisionCode.parse("320107"))) {
      assertThat(read.coverage(d)).as("seed %d, %s", seed, d).isEqualTo(PartyCoverage.of(d, all));
    }
    for (DivisionCode s : streets) {
      PartyRecordId b = PartyRecordId.of("JB-" + s);
      assertThat(read.members(b))
          .as("seed %d", seed)
          .containsExactlyElementsOf(
              all.stream()
                  .filter(a -> b.equals(a.jointBranch()))
                  .map(PartyAffiliation::organization)
                  .sorted()
                  .toList());
    }
    for (Map.Entry<OrganizationId, PartyAffiliation> e : model.entrySet()) {
      assertThat(read.affiliation(e.getKey()).orElseThrow().affiliation())
          .as("seed %d", seed)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void two_store_instances_store_one_of_two_writes_from_the_same_version_and_exact_counters() {
    PartyRecords first = withBranch();
    PartyRecords second = reopen(first);
    put(first, PartyAffiliation.of(org("shared"), STREET, PartyOrganizationKind.NONE, DAY));
    List<Callable<?>> tasks = new ArrayList<>();
    tasks.add(
        () ->
            first.record(
                PartyAffiliation.of(org("shared"), STREET, PartyOrganizationKind.OWN_BRANCH, DAY),
                1,
                "w1"));
    tasks.add(
        () -> second.record(PartyAffiliation.joint(org("shared"), STREET, BRANCH, DAY), 1, "w2"));
    for (int i = 0; i < 6; i++) {
      PartyRecords store = i % 2 == 0 ? first : second;
      OrganizationId o = org("w" + i);
      PartyOrganizationKind k =
          i % 3 == 0 ? PartyOrganizationKind.INSTRUCTOR : PartyOrganizationKind.NONE;
      tasks.add(() -> store.record(PartyAffiliation.of(o, STREET, k, DAY), 0, "w" + o));
    }
    List<Writers.Outcome> outcomes = Writers.race(tasks);
    assertThat(outcomes.subList(0, 2).stream().filter(Writers.Outcome::succeeded)).hasSize(1);
    assertThat(outcomes.subList(0, 2).stream().filter(o -> !o.succeeded()).map(Writers::code))
        .containsExactly(RegistryError.PARTY_VERSION_CONFLICT.code());
    assertThat(outcomes.subList(2, outcomes.size())).allMatch(Writers.Outcome::succeeded);
    PartyRecords read = reopen(first);
    RecordedAffiliation shared = read.affiliation(org("shared")).orElseThrow();
    assertThat(shared.version()).isEqualTo(2);
    boolean jointWon = shared.affiliation().kind() == PartyOrganizationKind.JOINT_BRANCH;
    assertThat(read.coverage(STREET))
        .isEqualTo(new PartyCoverage(STREET, jointWon ? 0 : 1, jointWon ? 1 : 0, 2, 4));
    assertThat(read.members(BRANCH)).hasSize(jointWon ? 1 : 0);
  }

  @Test
  void a_command_writes_its_event_naming_the_actor_and_a_refused_one_writes_none() {
    WithOutbox<PartyRecords> w = newStoreWithOutbox();
    w.store().formJointBranch(new JointBranch(BRANCH, "联合党支部", STREET, DAY), "clerk-1");
    w.store().record(PartyAffiliation.joint(org("a"), STREET, BRANCH, DAY), 0, "clerk-2");
    assertCode(
        () -> w.store().record(PartyAffiliation.joint(org("a"), STREET, BRANCH, DAY), 0, "x"),
        RegistryError.PARTY_VERSION_CONFLICT);
    assertCode(
        () -> w.store().record(PartyAffiliation.joint(org("b"), OTHER_STREET, BRANCH, DAY), 0, "x"),
        RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET);
    w.store()
        .recordDualReport(
            new DualReport(
                PartyRecordId.of("DR-1"),
                new HashedIdentity("ef".repeat(32)),
                org("a"),
                DistrictFixture.COMMUNITY,
                DualReport.Direction.MEMBER_TO_ORGANIZATION,
                DAY),
            "clerk-3");
    w.store()
        .openStation(
            new ServiceStation(
                PartyRecordId.of("ST-1"), "服务站", DistrictFixture.COMMUNITY, null, DAY),
            "clerk-4");
    List<OutboxEntry> entries = w.outbox().read("relay", 100);
    assertThat(entries)
        .extracting(e -> e.aggregateType() + ":" + e.eventType() + "@" + e.aggregateVersion())
        .containsExactlyInAnyOrder(
            "party-branch:JointBranchFormed@1",
            "party:AffiliationRecorded@1",
            "party-report:DualReportRecorded@1",
            "party-station:StationOpened@1");
    assertThat(entries).allMatch(e -> e.occurredAt().equals(clock.instant()));
    assertThat(entries)
        .filteredOn(e -> e.eventType().equals("AffiliationRecorded"))
        .extracting(OutboxEntry::aggregateId)
        .containsExactly("a");
    assertThat(entries)
        .noneMatch(e -> e.payload() != null && e.payload().contains("ef".repeat(32)));
  }
}
