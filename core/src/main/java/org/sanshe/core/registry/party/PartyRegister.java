package org.sanshe.core.registry.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanshe.core.identifier.DivisionCode;
import org.sanshe.core.identifier.DivisionLevel;
import org.sanshe.core.registry.RegistryError;
import org.sanshe.core.registry.RegistryException;
import org.sanshe.core.registry.organization.OrganizationId;

/**
 * The Party records of a district's social organizations: joint branches, one affiliation per
 * organization, dual-reporting records and service stations, with coverage per street and district
 * kept incrementally (every recorded affiliation moves counters, so a report costs a map look-up,
 * whatever the number of organizations).
 *
 * <p>Rules: a joint branch's members are all of its street, so an affiliation naming a joint branch
 * of another street is refused ({@code PARTY_JOINT_BRANCH_OTHER_STREET}); an affiliation names a
 * known joint branch ({@code PARTY_BRANCH_UNKNOWN}); ids of branches, reports and stations are not
 * reused ({@code PARTY_RECORD_DUPLICATE}); a dual report names an organization with an affiliation
 * ({@code PARTY_ORGANIZATION_UNKNOWN}). A refused command changes nothing.
 *
 * <p>Thread-safe: every method holds this object's lock; the values returned are immutable.
 */
public final class PartyRegister {

  private final Map<PartyRecordId, JointBranch> branches = new HashMap<>();
  private final Map<OrganizationId, PartyAffiliation> affiliations = new HashMap<>();
  private final Map<PartyRecordId, TreeSet<OrganizationId>> members = new HashMap<>();
  private final Map<PartyRecordId, DualReport> reports = new TreeMap<>();
  private final Map<PartyRecordId, ServiceStation> stations = new TreeMap<>();
  private final Map<DivisionCode, long[]> byStreet = new HashMap<>();
  private final Map<DivisionCode, long[]> byDistrict = new HashMap<>();
  private final Map<DivisionCode, TreeSet<DivisionCode>> streetsOfDistrict = new HashMap<>();

  /** Creates an empty register. */
  public PartyRegister() {}

  /**
   * Forms a joint branch.
   *
   * @param branch the branch, not null
   * @throws RegistryException with {@code PARTY_RECORD_DUPLICATE}
   */
  public synchronized void formJointBranch(JointBranch branch) {
    Objects.requireNonNull(branch, "branch");
    if (branches.containsKey(branch.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, branch.id());
    }
    branches.put(branch.id(), branch);
    members.put(branch.id(), new TreeSet<>());
  }

  /**
   * Records an organization's Party organization, replacing its earlier record.
   *
   * @param affiliation the affiliation, not null
   * @throws RegistryException with {@code PARTY_BRANCH_UNKNOWN} or {@code
   *     PARTY_JOINT_BRANCH_OTHER_STREET}
   */
  public synchronized void record(PartyAffiliation affiliation) {
    Objects.requireNonNull(affiliation, "affiliation");
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
    PartyAffiliation old = affiliations.put(affiliation.organization(), affiliation);
    if (old != null) {
      count(old, -1);
      if (old.jointBranch() != null) {
        members.get(old.jointBranch()).remove(old.organization());
      }
    }
    count(affiliation, +1);
    if (affiliation.jointBranch() != null) {
      members.get(affiliation.jointBranch()).add(affiliation.organization());
    }
  }

  private void count(PartyAffiliation a, int delta) {
    DivisionCode street = a.street();
    DivisionCode district = street.parent().orElseThrow();
    int k = a.kind().ordinal();
    byStreet.computeIfAbsent(street, s -> new long[4])[k] += delta;
    byDistrict.computeIfAbsent(district, s -> new long[4])[k] += delta;
    streetsOfDistrict.computeIfAbsent(district, d -> new TreeSet<>()).add(street);
  }

  /**
   * Records a dual report.
   *
   * @param report the record, not null
   * @throws RegistryException with {@code PARTY_RECORD_DUPLICATE} or {@code
   *     PARTY_ORGANIZATION_UNKNOWN}
   */
  public synchronized void recordDualReport(DualReport report) {
    Objects.requireNonNull(report, "report");
    if (reports.containsKey(report.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, report.id());
    }
    if (!affiliations.containsKey(report.organization())) {
      throw new RegistryException(RegistryError.PARTY_ORGANIZATION_UNKNOWN, report.organization());
    }
    reports.put(report.id(), report);
  }

  /**
   * Opens a service station.
   *
   * @param station the station, not null
   * @throws RegistryException with {@code PARTY_RECORD_DUPLICATE}
   */
  public synchronized void openStation(ServiceStation station) {
    Objects.requireNonNull(station, "station");
    if (stations.containsKey(station.id())) {
      throw new RegistryException(RegistryError.PARTY_RECORD_DUPLICATE, station.id());
    }
    stations.put(station.id(), station);
  }

  /**
   * Returns an organization's affiliation.
   *
   * @param organization the organization, not null
   * @return the affiliation, or empty if none was recorded
   */
  public synchronized Optional<PartyAffiliation> affiliation(OrganizationId organization) {
    return Optional.ofNullable(affiliations.get(Objects.requireNonNull(organization, "org")));
  }

  /**
   * Returns a joint branch.
   *
   * @param id the id, not null
   * @return the branch, or empty
   */
  public synchronized Optional<JointBranch> jointBranch(PartyRecordId id) {
    return Optional.ofNullable(branches.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the member organizations of a joint branch.
   *
   * @param branch the branch, not null
   * @return the members in id order
   * @throws RegistryException with {@code PARTY_BRANCH_UNKNOWN}
   */
  public synchronized List<OrganizationId> members(PartyRecordId branch) {
    TreeSet<OrganizationId> m = members.get(Objects.requireNonNull(branch, "branch"));
    if (m == null) {
      throw new RegistryException(RegistryError.PARTY_BRANCH_UNKNOWN, branch);
    }
    return List.copyOf(m);
  }

  /**
   * Returns the dual reports of an organization.
   *
   * @param organization the organization, not null
   * @return the reports in id order
   */
  public synchronized List<DualReport> dualReports(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return reports.values().stream().filter(r -> r.organization().equals(organization)).toList();
  }

  /**
   * Returns the service stations within a division.
   *
   * @param division a community, street or district, not null
   * @return the stations in id order
   */
  public synchronized List<ServiceStation> stations(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return stations.values().stream().filter(s -> s.community().isWithin(division)).toList();
  }

  /**
   * Returns the coverage of a street or a district, from the counters.
   *
   * @param division a street or town (9 digits) or a district (6 digits), not null
   * @return the coverage, all zero when nothing was recorded there
   * @throws RegistryException with {@code PARTY_DIVISION_NOT_STREET} for another level
   */
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

  /**
   * Returns the coverage of every street of a district with a recorded organization.
   *
   * @param district the district (6 digits), not null
   * @return the streets' coverage in code order
   */
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
    return List.copyOf(affiliations.values());
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
