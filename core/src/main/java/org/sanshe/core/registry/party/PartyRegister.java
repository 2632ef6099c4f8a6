package org.sanshe.core.registry.party;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.core.error.Wording;
import org.sanshe.core.event.OutboxEvent;
import org.sanshe.core.event.OutboxSink;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.StaleVersionException;
import org.sanshe.core.registry.organization.Ids;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The Party records of a district's social organizations in memory ({@link PartyRecords}): joint
 * branches, one versioned record per organization, dual-reporting records and service stations,
 * with coverage per street and district kept incrementally (every recorded affiliation moves
 * counters, so a report costs a map look-up, whatever the number of organizations).
 *
 * <p>Rules: see {@link PartyRecords}. A refused command changes nothing. Events carry the time of
 * the injected clock and go to the optional outbox in the same critical section as the change; an
 * outbox that fails leaves the register unchanged.
 *
 * <p>Thread-safe: every method holds this object's lock; the values returned are immutable.
 */
public final class PartyRegister implements PartyRecords {

  private final Clock clock;
  private final OutboxSink outbox;
  private final Map<PartyRecordId, JointBranch> branches = new HashMap<>();
  private final Map<OrganizationId, RecordedAffiliation> affiliations = new HashMap<>();
  private final Map<PartyRecordId, TreeSet<OrganizationId>> members = new HashMap<>();
  private final Map<PartyRecordId, DualReport> reports = new TreeMap<>();
  private final Map<PartyRecordId, ServiceStation> stations = new TreeMap<>();
  private final Map<DivisionCode, long[]> byStreet = new HashMap<>();
  private final Map<DivisionCode, long[]> byDistrict = new HashMap<>();
  private final Map<DivisionCode, TreeSet<DivisionCode>> streetsOfDistrict = new HashMap<>();

  /**
   * Creates an empty register without an outbox.
   *
   * @param clock the clock that stamps events, not null
   */
  public PartyRegister(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = null;
  }

  /**
   * Creates an empty register that writes the events of every command to an outbox, as aggregate
   * types {@value PartyRecords#AGGREGATE_TYPE} and {@code party-branch}, {@code party-report},
   * {@code party-station}.
   *
   * @param clock the clock that stamps events, not null
   * @param outbox the outbox, not null
   */
  public PartyRegister(Clock clock, OutboxSink outbox) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  /**
   * Checks an actor id: 1 to 64 characters without white space.
   *
   * @param actor the id
   * @return the id
   * @throws RegistryException with {@code ORGANIZATION_ID_INVALID}
   */
  static String actor(String actor) {
    if (!Ids.valid(actor)) {
      throw new RegistryException(
          RegistryError.ORGANIZATION_ID_INVALID, Wording.of("actor id", "操作人编号"));
    }
    return actor;
  }

  private void publish(String type, String aggregateId, long version, PartyEvent event) {
    if (outbox != null) {
      outbox.append(
          OutboxEvent.of(type, aggregateId, version, List.of(event), e -> ((PartyEvent) e).at()));
    }
  }

  @Override
  public synchronized void formJointBranch(JointBranch branch, String actor) {
    Objects.requireNonNull(branch, "branch");
    actor(actor);
    if (branches.containsKey(branch.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, branch.id());
    }
    publish(
        BRANCH_TYPE,
        branch.id().value(),
        1,
        new PartyEvent.JointBranchFormed(
            branch.id(), branch.street(), branch.formedOn(), actor, clock.instant()));
    branches.put(branch.id(), branch);
    members.put(branch.id(), new TreeSet<>());
  }

  @Override
  public synchronized RecordedAffiliation record(
      PartyAffiliation affiliation, long expectedVersion, String actor) {
    Objects.requireNonNull(affiliation, "affiliation");
    actor(actor);
    if (affiliation.jointBranch() != null) {
      JointBranch b = branches.get(affiliation.jointBranch());
      if (b == null) {
        throw new RegistryException(RegistryError.PARTY_BRANCH_UNKNOWN, affiliation.jointBranch());
      }
      if (!b.street().equals(affiliation.street())) {
        throw new RegistryException(
            RegistryError.PARTY_JOINT_BRANCH_OTHER_STREET, affiliation.organization(), b.id());
      }
    }
    RecordedAffiliation old = affiliations.get(affiliation.organization());
    long current = old == null ? 0 : old.version();
    if (current != expectedVersion) {
      throw new StaleVersionException(
          RegistryError.PARTY_VERSION_CONFLICT,
          affiliation.organization(),
          expectedVersion,
          current);
    }
    RecordedAffiliation stored =
        new RecordedAffiliation(affiliation, current + 1, actor, clock.instant());
    publish(
        AGGREGATE_TYPE,
        affiliation.organization().value(),
        stored.version(),
        new PartyEvent.AffiliationRecorded(
            affiliation, stored.version(), actor, stored.recordedAt()));
    affiliations.put(affiliation.organization(), stored);
    if (old != null) {
      count(old.affiliation(), -1);
      if (old.affiliation().jointBranch() != null) {
        members.get(old.affiliation().jointBranch()).remove(old.affiliation().organization());
      }
    }
    count(affiliation, +1);
    if (affiliation.jointBranch() != null) {
      members.get(affiliation.jointBranch()).add(affiliation.organization());
    }
    return stored;
  }

  private void count(PartyAffiliation a, int delta) {
    DivisionCode street = a.street();
    DivisionCode district = street.parent().orElseThrow();
    int k = a.kind().ordinal();
    byStreet.computeIfAbsent(street, s -> new long[4])[k] += delta;
    byDistrict.computeIfAbsent(district, s -> new long[4])[k] += delta;
    streetsOfDistrict.computeIfAbsent(district, d -> new TreeSet<>()).add(street);
  }

  @Override
  public synchronized void recordDualReport(DualReport report, String actor) {
    Objects.requireNonNull(report, "report");
    actor(actor);
    if (reports.containsKey(report.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, report.id());
    }
    if (!affiliations.containsKey(report.organization())) {
      throw new RegistryException(RegistryError.PARTY_ORGANIZATION_UNKNOWN, report.organization());
    }
    publish(
        REPORT_TYPE,
        report.id().value(),
        1,
        new PartyEvent.DualReportRecorded(
            report.id(),
            report.organization(),
            report.community(),
            report.direction(),
            actor,
            clock.instant()));
    reports.put(report.id(), report);
  }

  @Override
  public synchronized void openStation(ServiceStation station, String actor) {
    Objects.requireNonNull(station, "station");
    actor(actor);
    if (stations.containsKey(station.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, station.id());
    }
    publish(
        STATION_TYPE,
        station.id().value(),
        1,
        new PartyEvent.StationOpened(station.id(), station.community(), actor, clock.instant()));
    stations.put(station.id(), station);
  }

  @Override
  public synchronized Optional<RecordedAffiliation> affiliation(OrganizationId organization) {
    return Optional.ofNullable(affiliations.get(Objects.requireNonNull(organization, "org")));
  }

  @Override
  public synchronized Optional<JointBranch> jointBranch(PartyRecordId id) {
    return Optional.ofNullable(branches.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<OrganizationId> members(PartyRecordId branch) {
    TreeSet<OrganizationId> m = members.get(Objects.requireNonNull(branch, "branch"));
    if (m == null) {
      throw new RegistryException(RegistryError.PARTY_BRANCH_UNKNOWN, branch);
    }
    return List.copyOf(m);
  }

  @Override
  public synchronized List<DualReport> dualReports(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return reports.values().stream().filter(r -> r.organization().equals(organization)).toList();
  }

  @Override
  public synchronized List<ServiceStation> stations(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return stations.values().stream().filter(s -> s.community().isWithin(division)).toList();
  }

  @Override
  public synchronized PartyCoverage coverage(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    long[] n;
    if (division.level() == DivisionLevel.TOWNSHIP) {
      n = byStreet.get(division);
    } else if (division.level() == DivisionLevel.COUNTY) {
      n = byDistrict.get(division);
    } else {
      throw new RegistryException(RegistryError.PARTY_DIVISION_NOT_STREET, division);
    }
    return n == null
        ? new PartyCoverage(division, 0, 0, 0, 0)
        : new PartyCoverage(division, n[0], n[1], n[2], n[3]);
  }

  @Override
  public synchronized List<PartyCoverage> coverageByStreet(DivisionCode district) {
    Objects.requireNonNull(district, "district");
    List<PartyCoverage> out = new ArrayList<>();
    for (DivisionCode street : streetsOfDistrict.getOrDefault(district, new TreeSet<>())) {
      out.add(coverage(street));
    }
    return List.copyOf(out);
  }

  /**
   * Returns all affiliations, for a report by query or a copy.
   *
   * @return the affiliations in no particular order
   */
  public synchronized List<PartyAffiliation> affiliations() {
    List<PartyAffiliation> out = new ArrayList<>(affiliations.size());
    for (RecordedAffiliation r : affiliations.values()) {
      out.add(r.affiliation());
    }
    return List.copyOf(out);
  }

  @Override
  public synchronized String toString() {
    return "PartyRegister["
        + affiliations.size()
        + " organizations, "
        + branches.size()
        + " joint branches]";
  }
}
